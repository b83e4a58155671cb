import type { Language } from '../domain/language';
import type { LeaveLetterDocument } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLeaveLetter } from './draw-leave-letter';
import { renderPaperPdf } from './render-paper-pdf';

/** One Surat Izin Cuti as an A4 PDF (Indonesian unless `lang` says otherwise). */
export function renderLeaveLetterPdf(data: LeaveLetterDocument, options: { lang?: Language } = {}): Promise<Buffer> {
  const lang = options.lang ?? 'id';
  return renderPaperPdf(data, translate(lang, 'paperwork.letter.document_title', { number: data.number, name: data.employee.name }), (doc) => drawLeaveLetter(doc, data, lang));
}
