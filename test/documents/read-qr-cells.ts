import QRCode from 'qrcode';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * The dark cells of the QR code drawn on a page, read back from its
 * operators: the rectangles of the one filled path (the QR code), as
 * "row,col" from its top-left cell, sorted.
 */
export function qrCellsOf(ops: OperatorList): string[] {
  const rects: Array<[number, number, number, number]> = [];
  let pending: Array<[number, number, number, number]> = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.constructPath) {
      const [kinds, coords] = ops.argsArray[i] as [number[], number[]];
      let j = 0;
      pending = [];
      for (const kind of kinds) {
        if (kind === OPS.rectangle) {
          pending.push([coords[j]!, coords[j + 1]!, coords[j + 2]!, coords[j + 3]!]);
          j += 4;
        } else j += kind === OPS.curveTo ? 6 : kind === OPS.curveTo2 || kind === OPS.curveTo3 ? 4 : kind === OPS.closePath ? 0 : 2;
      }
    } else if (fn === OPS.fill || fn === OPS.eoFill) {
      rects.push(...pending.filter(([, , w, h]) => w > 0 && h > 0));
      pending = [];
    }
  });
  if (rects.length === 0) return [];
  const cell = Math.min(...rects.map(([, , , h]) => Math.abs(h)));
  const x0 = Math.min(...rects.map(([x]) => x));
  const y0 = Math.min(...rects.map(([, y]) => y));
  const cells = new Set<string>();
  for (const [x, y, w] of rects) {
    const row = Math.round((y - y0) / cell);
    const col = Math.round((x - x0) / cell);
    for (let k = 0; k < Math.round(w / cell); k += 1) cells.add(`${row},${col + k}`);
  }
  return [...cells].sort();
}

/** The dark cells of `text`'s QR code as SAPA draws it (error correction M), in the form qrCellsOf reads. */
export function qrCellsFor(text: string): string[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cells: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col) === 1) cells.push(`${row},${col}`);
  }
  return cells.sort();
}
