import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = join(pdfjsRoot, 'standard_fonts') + '/';

/** Opens a PDF with pdfjs, as a reader would; rejects with pdfjs' PasswordException. */
export function openPdf(bytes: Uint8Array, password?: string) {
  return getDocument({ data: Uint8Array.from(bytes), password, standardFontDataUrl, verbosity: 0 }).promise;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
}

/** Every piece of text on every page, in reading order. */
export async function pdfTexts(bytes: Uint8Array, password: string): Promise<{ pages: number; items: PlacedText[] }> {
  const doc = await openPdf(bytes, password);
  const items: PlacedText[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      items.push({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width });
    }
  }
  await doc.destroy();
  return { pages: doc.numPages, items };
}
