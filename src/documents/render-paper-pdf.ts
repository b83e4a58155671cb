import type { LeaveFormDocument } from '../domain/paperwork/leave-paper-document';
import { newPdf } from './new-pdf';
import { pdfBuffer } from './pdf-buffer';

type Pdf = Awaited<ReturnType<typeof newPdf>>;

/** A leave paper as an A4 PDF: its title, the letterhead as author, the print time, then `draw` on the page. */
export async function renderPaperPdf(data: Pick<LeaveFormDocument, 'letterhead' | 'printedAt'>, title: string, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = await newPdf({ title, author: data.letterhead.lines.join(' - '), createdAt: data.printedAt });
  const done = pdfBuffer(doc);
  draw(doc);
  doc.end();
  return done;
}
