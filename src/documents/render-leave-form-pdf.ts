import type { Language } from '../domain/language';
import type { LeaveFormDocument } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLeaveForm } from './draw-leave-form';
import { newPdf } from './new-pdf';
import { pdfBuffer } from './pdf-buffer';

/** The form of one request as an A4 PDF (Indonesian unless `lang` says otherwise). */
export async function renderLeaveFormPdf(data: LeaveFormDocument, options: { ref: string; lang?: Language }): Promise<Buffer> {
  const lang = options.lang ?? 'id';
  const doc = await newPdf({
    title: translate(lang, 'paperwork.form.document_title', { ref: options.ref, name: data.employee.name }),
    author: data.letterhead.lines.join(' - '),
    createdAt: data.printedAt,
  });
  const done = pdfBuffer(doc);
  drawLeaveForm(doc, data, lang);
  doc.end();
  return done;
}
