import type { Language } from '../domain/language';
import type { LeaveFormDocument } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLeaveForm } from './draw-leave-form';
import { renderPaperPdf } from './render-paper-pdf';

/** The form of one request as an A4 PDF (Indonesian unless `lang` says otherwise). */
export function renderLeaveFormPdf(data: LeaveFormDocument, options: { ref: string; lang?: Language }): Promise<Buffer> {
  const lang = options.lang ?? 'id';
  return renderPaperPdf(data, translate(lang, 'paperwork.form.document_title', { ref: options.ref, name: data.employee.name }), (doc) => drawLeaveForm(doc, data, lang));
}
