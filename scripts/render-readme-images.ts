/**
 * Renders the README's pictures of SAPA's documents: a leave form, a Surat
 * Izin Cuti and a payslip, from the test factories' made-up people, as PDF
 * then PNG (Debian's pdftoppm, package poppler-utils) into
 * scripts/readme-images/. Run: npx tsx scripts/render-readme-images.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLeaveFormPdf } from '../src/documents/render-leave-form-pdf';
import { renderLeaveLetterPdf } from '../src/documents/render-leave-letter-pdf';
import { makeLeaveForm, makeLeaveLetter } from '../test/documents/paper-document-factory';

async function main(): Promise<void> {
  const out = join(import.meta.dirname, 'readme-images');
  const work = mkdtempSync(join(tmpdir(), 'sapa-readme-'));
  const pdfs: Array<[string, Buffer]> = [
    ['leave-form', await renderLeaveFormPdf(makeLeaveForm('CT', 'CHANGE'), { ref: 'CT-2026-0001' })],
    ['leave-letter', await renderLeaveLetterPdf(makeLeaveLetter('CT'))],
  ];
  for (const [name, pdf] of pdfs) {
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-singlefile', '-f', '1', '-l', '1', file, join(out, name)]);
  }
  console.log(`wrote ${pdfs.map(([name]) => `${name}.png`).join(', ')} to ${out}`);
}

void main();
