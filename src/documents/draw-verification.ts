import { formatPrintTime } from '../domain/format-print-time';
import type { Language } from '../domain/language';
import type { PaperVerification } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawQrCode } from './draw-qr-code';
import { frame, REGULAR } from './table';

export const QR_SIZE = 72;

/**
 * The QR code of the verification address at the right edge from `top`,
 * and under the text: the code, the address and when it was printed.
 */
export function drawVerification(doc: PDFKit.PDFDocument, verification: PaperVerification, printedAt: Date, lang: Language, top: number): void {
  const { left, width } = frame(doc);
  const qrTop = Math.min(top, doc.page.height - doc.page.margins.bottom - QR_SIZE);
  drawQrCode(doc, verification.url, left + width - QR_SIZE, qrTop, QR_SIZE);
  doc.font(REGULAR).fontSize(7);
  const textWidth = width - QR_SIZE - 10;
  doc.text(translate(lang, 'paperwork.code', { code: verification.code }), left, doc.y + 2, { width: textWidth });
  doc.text(translate(lang, 'paperwork.verify_at', { url: verification.url }), left, doc.y, { width: textWidth });
  doc.text(translate(lang, 'paperwork.printed', { timestamp: formatPrintTime(printedAt, lang) }), left, doc.y, { width: textWidth });
  doc.y = Math.max(doc.y, qrTop + QR_SIZE);
}
