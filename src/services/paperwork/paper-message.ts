import type { OutboundMessage } from '../../chat/outbound-message';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';

export const PDF_MIME_TYPE = 'application/pdf';

/** "surat-izin-cuti-CT-2026-0001.pdf" / "formulir-cuti-CT-2026-0001-v2.pdf" */
export function paperFileName(kind: 'FORM' | 'LETTER', ref: string, version: number): string {
  const base = kind === 'LETTER' ? 'surat-izin-cuti' : 'formulir-cuti';
  return `${base}-${ref.replace(/[^A-Za-z0-9-]/g, '-')}${version > 1 ? `-v${version}` : ''}.pdf`;
}

/** The chat message carrying one paper; the PDF is rendered when the outbox sends it. */
export function paperMessage(
  paper: { id: number; kind: 'FORM' | 'LETTER'; version: number; number: string | null },
  ref: string,
  lang: Language,
  captionKey?: string,
): OutboundMessage {
  const key = captionKey ?? (paper.kind === 'LETTER' ? 'paperwork.letter.caption' : 'paperwork.form.caption');
  return {
    kind: 'document',
    fileName: paperFileName(paper.kind, ref, paper.version),
    mimeType: PDF_MIME_TYPE,
    caption: translate(lang, key, { ref, number: paper.number ?? '' }),
    source: { type: 'leavePaper', paperId: paper.id },
  };
}
