import { randomBytes } from 'node:crypto';
import type { PayslipDocument } from '../domain/payslip/payslip-document';
import { formatPeriod } from '../domain/format';
import type { Language } from '../domain/language';
import { amountInWords } from '../domain/payslip/rupiah-in-words';
import { translate } from '../i18n/translate';
import { formatPrintTime } from '../domain/format-print-time';
import { drawPayslip } from './draw-payslip';

export interface RenderPayslipOptions {
  /** What the employee types to open the PDF (see payslipPassword). */
  password: string;
  generatedAt: Date;
  /** Lifts the restrictions; random per file when not given, so nobody holds it. */
  ownerPassword?: string;
  lang?: Language;
}

/**
 * One A4 page, encrypted with AES-128 (PDF 1.7): opening needs the employee's
 * password; printing is allowed, copying and changing are not. Only the
 * built-in Helvetica fonts are used, so nothing is read from disk per call.
 * pdfkit is imported on the first call, not at start-up.
 */
export async function renderPayslipPdf(data: PayslipDocument, options: RenderPayslipOptions): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const lang = options.lang ?? 'id';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 50, right: 50 },
    pdfVersion: '1.7',
    userPassword: options.password,
    ownerPassword: options.ownerPassword ?? randomBytes(16).toString('hex'),
    permissions: {
      printing: 'highResolution',
      copying: false,
      modifying: false,
      annotating: false,
      fillingForms: false,
      contentAccessibility: true,
      documentAssembly: false,
    },
    info: {
      Title: translate(lang, data.kind === 'TPP' ? 'payslip.pdf.document_title_tpp' : 'payslip.pdf.document_title', {
        period: formatPeriod(data.period, lang),
        name: data.employee.name,
      }),
      Author: data.agency.names.join(' - '),
      CreationDate: options.generatedAt,
      ModDate: options.generatedAt,
    },
  });
  const done = collect(doc);
  drawPayslip(doc, data, {
    lang,
    printedAt: formatPrintTime(options.generatedAt, lang),
    netInWords: amountInWords(data.net),
  });
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
