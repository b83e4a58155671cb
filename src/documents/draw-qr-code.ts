import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code (error correction M) of `size` points square at
 * (x, y): vector rectangles, one per run of dark modules in a row, filled
 * once, so nothing is rasterized and a printed copy scans.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const cell = size / (count + 2);
  doc.save();
  for (let row = 0; row < count; row += 1) {
    let runStart = -1;
    for (let col = 0; col <= count; col += 1) {
      const dark = col < count && modules.get(row, col) === 1;
      if (dark && runStart < 0) runStart = col;
      if (!dark && runStart >= 0) {
        doc.rect(x + (runStart + 1) * cell, y + (row + 1) * cell, (col - runStart) * cell, cell);
        runStart = -1;
      }
    }
  }
  doc.fillColor('black').fill();
  doc.restore();
}
