/** An A4 pdfkit document with SAPA's margins and metadata; pdfkit is imported on the first call, not at start-up. */
export async function newPdf(info: { title: string; author: string; createdAt: Date }): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument({
    size: 'A4',
    margins: { top: 28, bottom: 28, left: 50, right: 50 },
    pdfVersion: '1.7',
    info: { Title: info.title, Author: info.author, CreationDate: info.createdAt, ModDate: info.createdAt },
  });
}
