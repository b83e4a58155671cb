import type { PayslipDocument } from '../domain/payslip/payslip-document';
import type { LineKind, PayslipLine } from '../domain/payslip/payslip-types';
import { formatPeriod, formatRupiah } from '../domain/format';
import type { Language } from '../domain/language';
import { drawQrCode } from '../documents/draw-qr-code';
import { translate } from '../i18n/translate';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
// Two fonts only: pdfkit rebuilds each standard font's metrics for every document.
const AMOUNT_WIDTH = 120;
const LABEL_WIDTH = 120;
/** The verification link's QR code, bottom right. */
const QR_SIZE = 72;

export interface DrawContext {
  lang: Language;
  /** "27 Nov 2026 10:02 WIB" */
  printedAt: string;
  /** "empat juta ... rupiah" */
  netInWords: string;
}

/** Lays out the slip on the current page of `doc`, top to bottom. */
export function drawPayslip(doc: PDFKit.PDFDocument, data: PayslipDocument, context: DrawContext): void {
  const t = (key: string, params: Record<string, string> = {}) => translate(context.lang, key, params);
  drawHeader(doc, data);
  doc.moveDown(0.8).font(BOLD).fontSize(14).text(t(data.kind === 'TPP' ? 'payslip.pdf.title_tpp' : 'payslip.pdf.title'), { align: 'center' });
  doc.font(REGULAR).fontSize(10).text(t('payslip.pdf.period', { period: formatPeriod(data.period, context.lang) }), {
    align: 'center',
  });
  doc.moveDown(1);
  drawIdentity(doc, [
    [t('payslip.pdf.name'), data.employee.name],
    [t('payslip.pdf.nip'), data.employee.nip],
    [t('payslip.pdf.rank'), data.employee.rank],
    [t('payslip.pdf.position'), data.employee.position],
    [t('payslip.pdf.unit'), data.employee.unit],
    [t('payslip.pdf.status'), data.employee.status],
  ]);
  drawSection(doc, {
    title: t('payslip.pdf.earnings'),
    lines: linesOf(data.lines, 'EARNING'),
    totalLabel: t('payslip.pdf.total_earnings'),
    total: data.earnings,
    none: t('payslip.pdf.none'),
  });
  drawSection(doc, {
    title: t('payslip.pdf.deductions'),
    lines: linesOf(data.lines, 'DEDUCTION'),
    totalLabel: t('payslip.pdf.total_deductions'),
    total: data.deductions,
    none: t('payslip.pdf.none'),
  });
  doc.moveDown(0.6);
  rule(doc, 1);
  doc.moveDown(0.4);
  amountRow(doc, t(data.kind === 'TPP' ? 'payslip.pdf.net_tpp' : 'payslip.pdf.net'), data.net, BOLD, 12);
  doc.moveDown(0.3).font(REGULAR).fontSize(10).text(t('payslip.pdf.in_words', { words: context.netInWords }), left(doc));
  doc.moveDown(2).font(REGULAR).fontSize(8);
  const url = `${data.verification.baseUrl}/verify/${data.verification.code}`;
  const top = doc.y;
  drawQrCode(doc, url, left(doc) + contentWidth(doc) - QR_SIZE, top, QR_SIZE);
  const width = contentWidth(doc) - QR_SIZE - 10;
  doc.text(t('payslip.pdf.printed', { timestamp: context.printedAt }), left(doc), top, { width });
  doc.text(t('payslip.pdf.code', { code: data.verification.code }), { width });
  doc.text(t('payslip.pdf.verify', { url }), { width });
}

function drawHeader(doc: PDFKit.PDFDocument, data: PayslipDocument): void {
  doc.font(BOLD).fontSize(12);
  for (const name of data.agency.names) doc.text(name, { align: 'center' });
  doc.font(REGULAR).fontSize(9).text(data.agency.address, { align: 'center' });
  doc.moveDown(0.4);
  rule(doc, 1.5);
  doc.moveDown(0.15);
  rule(doc, 0.5);
}

function drawIdentity(doc: PDFKit.PDFDocument, rows: Array<[string, string]>): void {
  doc.font(REGULAR).fontSize(10);
  const x = left(doc);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, x, y, { width: LABEL_WIDTH });
    doc.text(`: ${value}`, x + LABEL_WIDTH, y, { width: contentWidth(doc) - LABEL_WIDTH });
  }
}

interface Section {
  title: string;
  lines: PayslipLine[];
  totalLabel: string;
  total: number;
  /** Shown when the section has no line. */
  none: string;
}

function drawSection(doc: PDFKit.PDFDocument, section: Section): void {
  doc.moveDown(0.8).font(BOLD).fontSize(10).text(section.title, left(doc));
  rule(doc, 0.5);
  doc.moveDown(0.2);
  if (section.lines.length === 0) doc.font(REGULAR).text(section.none, left(doc));
  for (const line of section.lines) amountRow(doc, line.label, line.amount, REGULAR, 10);
  doc.moveDown(0.2);
  rule(doc, 0.5);
  doc.moveDown(0.2);
  amountRow(doc, section.totalLabel, section.total, BOLD, 10);
}

/** A label on the left and "Rp 4.250.300" right-aligned on the same line. */
function amountRow(doc: PDFKit.PDFDocument, label: string, amount: number, font: string, size: number): void {
  const x = left(doc);
  const y = doc.y;
  doc.font(font).fontSize(size);
  doc.text(label, x, y, { width: contentWidth(doc) - AMOUNT_WIDTH - 10 });
  const after = doc.y;
  doc.text(formatRupiah(amount), x + contentWidth(doc) - AMOUNT_WIDTH, y, { width: AMOUNT_WIDTH, align: 'right' });
  doc.x = x;
  doc.y = Math.max(after, doc.y);
}

function rule(doc: PDFKit.PDFDocument, width: number): void {
  const y = doc.y;
  doc.save().lineWidth(width).moveTo(left(doc), y).lineTo(left(doc) + contentWidth(doc), y).stroke().restore();
}

function linesOf(lines: readonly PayslipLine[], kind: LineKind): PayslipLine[] {
  return lines.filter((line) => line.kind === kind).sort((a, b) => a.position - b.position);
}

function left(doc: PDFKit.PDFDocument): number {
  return doc.page.margins.left;
}

function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
