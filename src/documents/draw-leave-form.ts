import { formatDay, formatDayRange, formatDays } from '../domain/format';
import type { Language } from '../domain/language';
import {
  FORM_LEAVE_TYPES,
  type FormStep,
  type LeaveFormDocument,
  type PaperDecision,
} from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';
import { drawLetterhead } from './draw-letterhead';
import { drawVerification } from './draw-verification';
import { signatureLines } from './signature-lines';
import { BOLD, frame, partHeading, REGULAR, tableRow } from './table';

const DECISIONS: readonly PaperDecision[] = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'];

/**
 * The form of Peraturan BKN 24/2017 Anak Lampiran I.b, parts I to VIII in
 * the annex's order and wording, filled from the request and its steps.
 * Where the paper has a signature, the form says who acted, through which
 * channel and when; the verification code and QR code close it.
 */
export function drawLeaveForm(doc: PDFKit.PDFDocument, data: LeaveFormDocument, lang: Language): void {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const { left, width } = frame(doc);
  drawLetterhead(doc, data.letterhead);

  const blockX = left + width * 0.58;
  const blockWidth = width * 0.42;
  doc.font(REGULAR).fontSize(9);
  for (const line of [
    t('paperwork.place_date', { place: data.place, date: formatDay(data.date, lang) }),
    t('paperwork.form.to'),
    t('paperwork.form.addressee', { official: data.addressee }),
    t('paperwork.form.at'),
    data.place,
  ]) {
    doc.text(line, blockX, doc.y, { width: blockWidth });
  }
  doc.moveDown(0.5).font(BOLD).fontSize(11).text(t('paperwork.form.title'), left, doc.y, { width, align: 'center' });

  partHeading(doc, t('paperwork.form.part1'));
  const e = data.employee;
  tableRow(doc, [
    { text: t('paperwork.form.name'), width: 70 },
    { text: e.name, width: 180 },
    { text: t('paperwork.form.nip'), width: 70 },
    { text: e.nip, width: width - 320 },
  ]);
  tableRow(doc, [
    { text: t('paperwork.form.position'), width: 70 },
    { text: e.position, width: 180 },
    { text: t('paperwork.form.service'), width: 70 },
    { text: t('paperwork.form.service_value', { years: e.serviceYears, months: e.serviceMonths }), width: width - 320 },
  ]);
  tableRow(doc, [
    { text: t('paperwork.form.unit'), width: 70 },
    { text: e.unit, width: width - 70 },
  ]);

  partHeading(doc, t('paperwork.form.part2'));
  const half = (width - 60) / 2;
  for (let i = 0; i < FORM_LEAVE_TYPES.length; i += 2) {
    const [a, b] = [FORM_LEAVE_TYPES[i]!, FORM_LEAVE_TYPES[i + 1]!];
    tableRow(doc, [
      { text: `${i + 1}. ${t(`paperwork.type.${a}`)}`, width: half },
      { text: '', width: 30, tick: data.typeCode === a },
      { text: `${i + 2}. ${t(`paperwork.type.${b}`)}`, width: half },
      { text: '', width: 30, tick: data.typeCode === b },
    ]);
  }

  partHeading(doc, t('paperwork.form.part3'));
  tableRow(doc, [{ text: data.reason, width }]);

  partHeading(doc, t('paperwork.form.part4'));
  tableRow(doc, [
    { text: t('paperwork.form.length'), width: 50 },
    { text: `${formatDays(data.length.amount, lang)} ${t(`paperwork.unit.${data.length.unit}`)}`, width: 120 },
    { text: t('paperwork.form.from'), width: 80 },
    { text: formatDay(data.start, lang), width: 100 },
    { text: t('paperwork.form.until'), width: 35 },
    { text: formatDay(data.end, lang), width: width - 385 },
  ]);

  partHeading(doc, t('paperwork.form.part5'));
  const others = (['CB', 'CS', 'CM', 'CAP', 'CLTN'] as const).map((code) => ({
    label: t(`paperwork.form.record.${code}`),
    remark: data.record.others[code],
  }));
  const rightLabel = 150;
  const rightRemark = width - 247.5 - rightLabel;
  tableRow(doc, [
    { text: t('paperwork.form.annual'), width: 247.5, bold: true },
    { text: others[0]!.label, width: rightLabel },
    { text: others[0]!.remark, width: rightRemark },
  ]);
  tableRow(doc, [
    { text: t('paperwork.form.year'), width: 70, bold: true },
    { text: t('paperwork.form.left'), width: 55, bold: true },
    { text: t('paperwork.form.remark'), width: 122.5, bold: true },
    { text: others[1]!.label, width: rightLabel },
    { text: others[1]!.remark, width: rightRemark },
  ]);
  data.record.annual.forEach((row, i) => {
    const other = others[i + 2]!;
    tableRow(doc, [
      { text: `${['N-2', 'N-1', 'N'][i]} (${row.year})`, width: 70 },
      { text: t('paperwork.form.days_left', { days: formatDays(row.left, lang) }), width: 55 },
      { text: row.remark, width: 122.5 },
      { text: other.label, width: rightLabel },
      { text: other.remark, width: rightRemark },
    ]);
  });

  partHeading(doc, t('paperwork.form.part6'));
  tableRow(doc, [
    { text: data.addressDuring, width: 300 },
    { text: t('paperwork.form.phone'), width: 40 },
    { text: data.phone ?? '-', width: width - 340 },
  ]);
  tableRow(doc, [
    { text: data.requester.proxyName ? t('paperwork.form.proxy', { name: data.requester.proxyName }) : '', width: 300 },
    { text: [t('paperwork.form.yours'), ...signatureLines(data.requester, lang)].join('\n'), width: width - 300 },
  ]);

  drawStep(doc, t('paperwork.form.part7'), data.supervisor, lang);
  drawStep(doc, t('paperwork.form.part8'), data.official, lang);

  doc.moveDown(0.4);
  const notesTop = doc.y;
  doc.font(REGULAR).fontSize(6.5);
  for (const key of ['notes_title', 'note1', 'note2', 'note3', 'note4', 'note5']) {
    doc.text(t(`paperwork.form.${key}`), left, doc.y, { width: width - 90 });
  }
  doc.text(t('paperwork.form.status', { status: data.statusLabel }), left, doc.y, { width: width - 90 });
  drawVerification(doc, data.verification, data.printedAt, lang, notesTop);
}

function drawStep(doc: PDFKit.PDFDocument, heading: string, step: FormStep, lang: Language): void {
  const t = (key: string, params: Record<string, string> = {}) => translate(lang, key, params);
  const { width } = frame(doc);
  partHeading(doc, heading);
  const quarter = width / 4;
  tableRow(
    doc,
    DECISIONS.flatMap((d) => [
      { text: t(`paperwork.form.decision.${d}`), width: quarter - 24, align: 'center' as const },
      { text: '', width: 24, tick: step.state === 'DECIDED' && step.decision === d },
    ]),
  );
  const noteWidth = width - 195;
  if (step.state !== 'DECIDED') {
    const text = step.state === 'PENDING' ? t('paperwork.form.pending', { name: step.approverName }) : t('paperwork.form.not_needed');
    tableRow(doc, [{ text, width: noteWidth }, { text: '', width: 195 }]);
    return;
  }
  const lines: string[] = [];
  if (step.changed) lines.push(t('paperwork.form.changed_dates', { dates: formatDayRange(step.changed.start, step.changed.end, lang) }));
  if (step.note) lines.push(t(step.decision === 'APPROVE' ? 'paperwork.form.note' : 'paperwork.form.reason', { note: step.note }));
  tableRow(doc, [
    { text: lines.join('\n'), width: noteWidth },
    { text: signatureLines(step.signature, lang).join('\n'), width: 195 },
  ]);
}
