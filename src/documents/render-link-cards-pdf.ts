import { formatTimestamp } from '../domain/format';
import { readableLinkCode } from '../domain/readable-link-code';
import type { Language } from '../domain/language';
import { translate } from '../i18n/translate';
import { drawQrCode } from './draw-qr-code';
import { newPdf } from './new-pdf';
import { pdfBuffer } from './pdf-buffer';
import { BOLD, REGULAR } from './table';

export interface LinkCard {
  name: string;
  nip: string;
  code: string;
  expiresAt: Date;
  /** The Telegram deep link with the code (drawn as a QR code), when the bot's username is known. */
  deepLink: string | null;
}

const COLUMNS = 2;
const ROWS = 4;
const GAP = 12;

/**
 * Link cards to print and cut: eight to an A4 page, each with the name and
 * NIP, the code, until when it works, the Telegram QR code and what to send
 * on WhatsApp. One card for a person linking at the desk; a unit's sheets on
 * an onboarding day.
 */
export async function renderLinkCardsPdf(cards: readonly LinkCard[], options: { lang: Language; whatsappPhone?: string | undefined; title: string; createdAt: Date }): Promise<Buffer> {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(options.lang, key, params);
  const doc = await newPdf({ title: options.title, author: 'SAPA', createdAt: options.createdAt });
  const done = pdfBuffer(doc);
  const left = doc.page.margins.left;
  const top = doc.page.margins.top;
  const width = (doc.page.width - left - doc.page.margins.right - GAP * (COLUMNS - 1)) / COLUMNS;
  const height = (doc.page.height - top - doc.page.margins.bottom - GAP * (ROWS - 1)) / ROWS;
  cards.forEach((card, i) => {
    const slot = i % (COLUMNS * ROWS);
    if (i > 0 && slot === 0) doc.addPage();
    const x = left + (slot % COLUMNS) * (width + GAP);
    const y = top + Math.floor(slot / COLUMNS) * (height + GAP);
    drawCard(doc, card, { x, y, width, height }, t, options.whatsappPhone, options.lang);
  });
  doc.end();
  return done;
}

function drawCard(
  doc: PDFKit.PDFDocument, card: LinkCard, box: { x: number; y: number; width: number; height: number },
  t: (key: string, params?: Record<string, string | number>) => string, whatsappPhone: string | undefined, lang: Language,
): void {
  const pad = 10;
  const qr = card.deepLink ? 78 : 0;
  const textWidth = box.width - pad * 2 - (qr ? qr + 6 : 0);
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).rect(box.x, box.y, box.width, box.height).stroke().undash().restore();
  let y = box.y + pad;
  doc.font(BOLD).fontSize(10).fillColor('black').text(t('console.people.card.title'), box.x + pad, y, { width: textWidth });
  y = doc.y + 2;
  doc.font(REGULAR).fontSize(8.5).text(t('console.people.card.for', { name: card.name, nip: card.nip }), box.x + pad, y, { width: textWidth });
  y = doc.y + 4;
  doc.font('Courier-Bold').fontSize(15).text(readableLinkCode(card.code), box.x + pad, y, { width: textWidth, characterSpacing: 1 });
  y = doc.y + 3;
  doc.font(REGULAR).fontSize(7.5).text(t('console.people.card.valid', { at: formatTimestamp(card.expiresAt, lang) }), box.x + pad, y, { width: textWidth });
  if (card.deepLink) drawQrCode(doc, card.deepLink, box.x + box.width - pad - qr, box.y + pad, qr);
  y = Math.max(doc.y, box.y + pad + qr) + 4;
  const steps = [
    card.deepLink ? t('console.people.card.telegram', { link: card.deepLink }) : t('console.people.card.telegram_manual'),
    whatsappPhone ? t('console.people.card.whatsapp', { phone: whatsappPhone }) : t('console.people.card.whatsapp_manual'),
  ];
  doc.fontSize(7.5).text(steps.join('\n'), box.x + pad, y, { width: box.width - pad * 2, height: box.y + box.height - pad - y, ellipsis: true });
}
