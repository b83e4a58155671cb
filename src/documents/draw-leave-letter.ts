import { formatDay, formatDays } from '../domain/format';
import type { Language } from '../domain/language';
import { LETTER_CONDITIONS } from '../domain/paperwork/letter-conditions';
import type { LeaveLetterDocument } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLetterhead } from './draw-letterhead';
import { drawVerification } from './draw-verification';
import { signatureLines } from './signature-lines';
import { BOLD, frame, REGULAR } from './table';

const LABEL_WIDTH = 130;
const INDENT = 16;

/**
 * The Surat Izin Cuti of one granted request, after the annex's model for
 * its type: title and number, the grant with the employee's data, length
 * and dates, the type's conditions, the closing, place and date, the
 * official (who decided, in which channel and when, in place of the wet
 * signature), copies, and the verification code with its QR code.
 */
export function drawLeaveLetter(doc: PDFKit.PDFDocument, data: LeaveLetterDocument, lang: Language): void {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const { left, width } = frame(doc);
  const typeName = t(`paperwork.type.${data.typeCode}`);
  const typeLower = typeName.toLowerCase();
  drawLetterhead(doc, data.letterhead);

  doc.moveDown(0.8).font(BOLD).fontSize(12).text(t('paperwork.letter.title', { type: typeName.toUpperCase() }), left, doc.y, { width, align: 'center' });
  doc.font(REGULAR).fontSize(10).text(t('paperwork.letter.number', { number: data.number }), { width, align: 'center' });
  doc.moveDown(1.2).fontSize(10.5);

  doc.text(t(`paperwork.letter.grant.${data.typeCode}`, { year: data.year, kind: t(`paperwork.letter.kind.${data.employee.kind}`) }), left, doc.y, {
    width,
  });
  doc.moveDown(0.4);
  const e = data.employee;
  for (const [label, value] of [
    [t('paperwork.letter.name'), e.name],
    [t('paperwork.letter.nip'), e.nip],
    [t('paperwork.letter.rank'), e.rank],
    [t('paperwork.letter.position'), e.position],
    [t('paperwork.letter.unit'), e.unit],
  ] as const) {
    const y = doc.y;
    doc.text(label, left + INDENT, y, { width: LABEL_WIDTH });
    const after = doc.y;
    doc.text(`: ${value}`, left + INDENT + LABEL_WIDTH, y, { width: width - INDENT - LABEL_WIDTH });
    doc.y = Math.max(after, doc.y);
  }
  doc.moveDown(0.4);
  const length = `${formatDays(data.length.amount, lang)} ${t(`paperwork.unit.${data.length.unit}`)}`;
  doc.text(t('paperwork.letter.period', { length, start: formatDay(data.start, lang), end: formatDay(data.end, lang) }), left + INDENT, doc.y, {
    width: width - INDENT,
  });
  doc.moveDown(0.3);
  LETTER_CONDITIONS[data.typeCode].forEach((condition, i) => {
    const y = doc.y;
    doc.text(`${String.fromCharCode(97 + i)}.`, left + INDENT, y, { width: INDENT });
    doc.text(t(`paperwork.letter.condition.${condition}`, { type: typeLower }), left + 2 * INDENT, y, { width: width - 2 * INDENT });
    doc.moveDown(0.2);
  });
  doc.moveDown(0.6);
  doc.text(t('paperwork.letter.closing', { type: typeLower }), left, doc.y, { width });

  doc.moveDown(1.5);
  const signX = left + width * 0.5;
  const signWidth = width * 0.5;
  doc.text(t('paperwork.place_date', { place: data.place, date: formatDay(data.date, lang) }), signX, doc.y, { width: signWidth });
  doc.font(BOLD).text(data.official.position, signX, doc.y, { width: signWidth });
  doc.moveDown(0.4).font(REGULAR).fontSize(8.5);
  const [signed, name, nip] = signatureLines(data.official, lang);
  doc.text(signed!, signX, doc.y, { width: signWidth });
  doc.moveDown(0.4).font(BOLD).fontSize(10.5).text(name!, signX, doc.y, { width: signWidth, underline: true });
  doc.font(REGULAR).text(nip!, signX, doc.y, { width: signWidth });

  if (data.copies.length > 0) {
    doc.moveDown(1.2).fontSize(9.5).text(t('paperwork.letter.copies'), left, doc.y, { width });
    data.copies.forEach((copy, i) => doc.text(`${i + 1}. ${copy}`, left, doc.y, { width }));
  }
  doc.moveDown(1.5);
  const top = doc.y;
  if (data.version > 1) doc.font(REGULAR).fontSize(7).text(t('paperwork.letter.version', { version: data.version }), left, doc.y);
  drawVerification(doc, data.verification, data.printedAt, lang, top);
}
