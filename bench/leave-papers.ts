import { renderLeaveFormPdf } from '../src/documents/render-leave-form-pdf';
import { renderLeaveLetterPdf } from '../src/documents/render-leave-letter-pdf';
import { makeLeaveForm, makeLeaveLetter } from '../test/documents/paper-document-factory';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Rendering one leave form and one Surat Izin Cuti (target median < 30 ms), and 2,000 letters one after another (< 1 min). */
export async function benchLeavePapers(options: { runs: number; renders: number; log: (s: string) => void }) {
  const formMs: number[] = [];
  const letterMs: number[] = [];
  const monthS: number[] = [];
  const form = makeLeaveForm('CT', 'CHANGE');
  for (let run = 1; run <= options.runs; run += 1) {
    for (let i = 0; i < options.renders; i += 1) {
      formMs.push(await timed(() => renderLeaveFormPdf(form, { ref: 'CT-2026-0001' })));
      letterMs.push(await timed(() => renderLeaveLetterPdf(makeLeaveLetter('CT', { number: `800.1.11.4/${i + 1}/BKPSDM/2026` }))));
    }
    const month = await timed(async () => {
      for (let i = 0; i < 2000; i += 1) await renderLeaveLetterPdf(makeLeaveLetter('CT', { number: `800.1.11.4/${i + 1}/BKPSDM/2026` }));
    });
    monthS.push(month / 1000);
    options.log(`  run ${run}: 2,000 letters ${(month / 1000).toFixed(1)} s`);
  }
  const rows = [
    { metric: 'render one leave form (PDF)', unit: 'ms', summary: summarize(formMs), target: '< 30' },
    { metric: 'render one Surat Izin Cuti (PDF)', unit: 'ms', summary: summarize(letterMs), target: '< 30' },
    { metric: "render a month's 2,000 letters", unit: 's', summary: summarize(monthS), target: '< 60' },
  ];
  printTable('Leave papers', rows);
  writeResults('leave-papers', { formMs, letterMs, monthS, rows });
  return rows;
}
