export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
/** The tick in a box: a bold V, as Indonesian forms mark a choice, in a font every reader has. */
export const TICK = 'V';
const PAD = 2.5;

export interface Cell {
  text: string;
  width: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A tick box: `text` is ignored, the cell shows a check mark when true. */
  tick?: boolean;
  /** No border around this cell. */
  plain?: boolean;
}

/** Left edge and usable width of the page. */
export function frame(doc: PDFKit.PDFDocument): { left: number; width: number } {
  const left = doc.page.margins.left;
  return { left, width: doc.page.width - left - doc.page.margins.right };
}

/**
 * One bordered table row at doc.y: each cell's text wrapped in its width,
 * the row as tall as its tallest cell, on a new page when it does not fit.
 * Leaves doc.y under the row.
 */
export function tableRow(doc: PDFKit.PDFDocument, cells: readonly Cell[], fontSize = 8): void {
  const top = doc.y;
  let x = frame(doc).left;
  doc.fontSize(fontSize);
  const heights = cells.map((cell) => {
    if (cell.tick !== undefined) return fontSize + 2 * PAD;
    doc.font(cell.bold ? BOLD : REGULAR);
    return doc.heightOfString(cell.text || ' ', { width: cell.width - 2 * PAD }) + 2 * PAD;
  });
  const height = Math.max(...heights);
  if (top + height > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    tableRow(doc, cells, fontSize);
    return;
  }
  for (const cell of cells) {
    if (!cell.plain) doc.save().lineWidth(0.5).rect(x, top, cell.width, height).stroke().restore();
    if (cell.tick !== undefined) {
      if (cell.tick) doc.font(BOLD).fontSize(fontSize).text(TICK, x, top + PAD, { width: cell.width, align: 'center', lineBreak: false });
    } else {
      doc.font(cell.bold ? BOLD : REGULAR).fontSize(fontSize);
      doc.text(cell.text, x + PAD, top + PAD, { width: cell.width - 2 * PAD, align: cell.align ?? 'left' });
    }
    x += cell.width;
  }
  doc.x = frame(doc).left;
  doc.y = top + height;
}

/** A part's heading ("I. DATA PEGAWAI") in a full-width bordered row. */
export function partHeading(doc: PDFKit.PDFDocument, text: string): void {
  doc.y += 3;
  tableRow(doc, [{ text, width: frame(doc).width, bold: true }]);
}
