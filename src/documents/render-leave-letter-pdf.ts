import type { Language } from '../domain/language';
import type { LeaveLetterDocument } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLeaveLetter } from './draw-leave-letter';
import { newPdf } from './new-pdf';
import { pdfBuffer } from './pdf-buffer';

/** One Surat Izin Cuti as an A4 PDF (Indonesian unless `lang` says otherwise). */
export async function renderLeaveLetterPdf(data: LeaveLetterDocument, options: { lang?: Language } = {}): Promise<Buffer> {
  const lang = options.lang ?? 'id';
  const doc = await newPdf({
    title: translate(lang, 'paperwork.letter.document_title', { number: data.number, name: data.employee.name }),
    author: data.letterhead.lines.join(' - '),
    createdAt: data.printedAt,
  });
  const done = pdfBuffer(doc);
  drawLeaveLetter(doc, data, lang);
  doc.end();
  return done;
}
