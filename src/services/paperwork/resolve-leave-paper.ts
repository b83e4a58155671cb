import { systemClock, type Clock } from '../../clock';
import type { Language } from '../../domain/language';
import { renderLeaveFormPdf } from '../../documents/render-leave-form-pdf';
import { renderLeaveLetterPdf } from '../../documents/render-leave-letter-pdf';
import type { Database, Tx } from '../../store/database';
import { loadLeavePaperDocument } from './load-leave-paper-document';
import { paperFileName, PDF_MIME_TYPE } from './paper-message';
import type { PaperworkConfig } from './paperwork-config';

/** One paper rendered as its PDF, printed "now". Throws AppError('paperwork.not_found'). */
export async function renderLeavePaper(tx: Tx, config: PaperworkConfig, paperId: number, now: Date, lang: Language = 'id') {
  const loaded = await loadLeavePaperDocument(tx, paperId, config, now, lang);
  const content =
    loaded.kind === 'LETTER'
      ? await renderLeaveLetterPdf(loaded.document, { lang })
      : await renderLeaveFormPdf(loaded.document, { ref: loaded.ref, lang });
  return { fileName: paperFileName(loaded.kind, loaded.ref, loaded.version), mimeType: PDF_MIME_TYPE, content, ref: loaded.ref };
}

/** The outbox worker's resolver for leave papers: rendered at send time, nothing stored. */
export function leavePaperResolver(db: Database, config: PaperworkConfig, clock: Clock = systemClock) {
  return async (source: { type: 'leavePaper'; paperId: number }): Promise<Buffer> =>
    (await renderLeavePaper(db.prisma, config, source.paperId, clock.now())).content;
}
