import { readFileSync } from 'node:fs';
import type { Letterhead } from '../domain/paperwork/leave-paper-document';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const LOGO_SIZE = 56;

/** Logo bytes by path, read once per process (a document is rendered many times a day). */
const logos = new Map<string, Buffer>();

function logoOf(path: string): Buffer {
  let bytes = logos.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    logos.set(path, bytes);
  }
  return bytes;
}

/**
 * The agency's kop surat at the top of the page: the logo (when configured)
 * on the left, the lines centred, the address, and the double rule under it.
 */
export function drawLetterhead(doc: PDFKit.PDFDocument, letterhead: Letterhead): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  if (letterhead.logoPath) doc.image(logoOf(letterhead.logoPath), left, top, { fit: [LOGO_SIZE, LOGO_SIZE] });
  const textLeft = letterhead.logoPath ? left + LOGO_SIZE + 8 : left;
  const textWidth = width - (letterhead.logoPath ? 2 * (LOGO_SIZE + 8) : 0);
  doc.font(BOLD).fontSize(13);
  letterhead.lines.forEach((line, i) => {
    doc.fontSize(i === 0 ? 13 : 12).text(line, textLeft, i === 0 ? top : doc.y, { width: textWidth, align: 'center' });
  });
  doc.font(REGULAR).fontSize(9).text(letterhead.address, textLeft, doc.y, { width: textWidth, align: 'center' });
  doc.y = Math.max(doc.y, letterhead.logoPath ? top + LOGO_SIZE : 0) + 4;
  const y = doc.y;
  doc.save().lineWidth(1.5).moveTo(left, y).lineTo(left + width, y).stroke();
  doc.lineWidth(0.5).moveTo(left, y + 2.5).lineTo(left + width, y + 2.5).stroke().restore();
  doc.x = left;
  doc.y = y + 8;
}
