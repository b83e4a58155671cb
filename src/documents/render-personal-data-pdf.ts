import { jakartaDay } from '../domain/day';
import { formatDay, formatDayRange, formatDays, formatPeriod } from '../domain/format';
import { formatPrintTime } from '../domain/format-print-time';
import type { Language } from '../domain/language';
import type { PersonalDataRecord } from '../domain/personal-data/personal-data-record';
import { hasMessage, translate } from '../i18n/translate';
import { drawLetterhead } from './draw-letterhead';
import { newPdf } from './new-pdf';
import { pdfBuffer } from './pdf-buffer';
import { BOLD, frame, partHeading, REGULAR, tableRow } from './table';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The catalogue's words for `key`, or `fallback` when it has none (a kind added later). */
const known = (t: T, key: string, fallback: string) => (hasMessage(key) ? t(key) : fallback);

/**
 * What SAPA holds about one employee as an A4 PDF: the letterhead, then the
 * record, chats, requests, balances, slips (months only), change requests,
 * files and the latest audit rows, and how to have a detail corrected.
 */
export async function renderPersonalDataPdf(data: PersonalDataRecord, options: { lang?: Language } = {}): Promise<Buffer> {
  const lang = options.lang ?? 'id';
  const t: T = (key, params = {}) => translate(lang, key, params);
  const doc = await newPdf({ title: t('privacy.doc.file_title', { name: data.profile.name }), author: data.letterhead.lines.join(' - '), createdAt: data.printedAt });
  const done = pdfBuffer(doc);
  drawPersonalData(doc, data, lang, t);
  doc.end();
  return done;
}

function drawPersonalData(doc: PDFKit.PDFDocument, data: PersonalDataRecord, lang: Language, t: T): void {
  const { width } = frame(doc);
  const p = data.profile;
  const day = (at: Date) => formatDay(jakartaDay(at), lang);
  drawLetterhead(doc, data.letterhead);
  doc.font(BOLD).fontSize(12).text(t('privacy.doc.title'), { width, align: 'center' });
  doc.moveDown(0.5).font(REGULAR).fontSize(9);
  doc.text(t('privacy.doc.intro', { name: p.name, nip: p.nip, agency: data.letterhead.lines[1] ?? '', when: formatPrintTime(data.printedAt, lang) }), { width });

  const keyValue = (rows: ReadonlyArray<[string, string]>) => {
    for (const [key, value] of rows) tableRow(doc, [{ text: t(key), width: width * 0.32, bold: true }, { text: value || '-', width: width * 0.68 }]);
  };
  const table = (heading: string, columns: ReadonlyArray<[string, number]>, rows: ReadonlyArray<readonly string[]>) => {
    partHeading(doc, heading);
    if (rows.length === 0) {
      tableRow(doc, [{ text: t('privacy.doc.none'), width }]);
      return;
    }
    tableRow(doc, columns.map(([key, share]) => ({ text: t(key), width: width * share, bold: true })));
    for (const row of rows) tableRow(doc, columns.map(([, share], i) => ({ text: row[i] ?? '', width: width * share })));
  };

  partHeading(doc, t('privacy.doc.profile'));
  keyValue([
    ['privacy.field.nip', p.nip],
    ['privacy.field.name', p.name],
    ['privacy.field.kind', p.kind],
    ['privacy.field.rank', p.rank],
    ['privacy.field.position', p.position],
    ['privacy.field.unit', p.unit],
    ['privacy.field.supervisor', p.supervisor ?? ''],
    ['privacy.field.role', t(`privacy.role.${p.role}`)],
    ['privacy.field.service_start', formatDay(p.serviceStart, lang)],
    ['privacy.field.contract', p.contractStart || p.contractEnd ? `${p.contractStart ? formatDay(p.contractStart, lang) : '-'} - ${p.contractEnd ? formatDay(p.contractEnd, lang) : '-'}` : ''],
    ['privacy.field.birth_date', formatDay(p.birthDate, lang)],
    ['privacy.field.gender', t(`privacy.gender.${p.gender}`)],
    ['privacy.field.phone', p.phone ?? ''],
    ['privacy.field.email', p.email ?? ''],
    ['privacy.field.address', p.address ?? ''],
    ['privacy.field.language', t(`privacy.language.${p.language}`)],
    ['privacy.field.active', t(p.active ? 'privacy.doc.yes' : 'privacy.doc.no')],
  ]);

  table(t('privacy.doc.chats'), [['privacy.col.chat', 0.6], ['privacy.col.linked_at', 0.4]], data.chats.map((c) => [c.label, formatPrintTime(c.linkedAt, lang)]));
  table(
    t('privacy.doc.requests'),
    [['privacy.col.ref', 0.2], ['privacy.col.type', 0.26], ['privacy.col.dates', 0.2], ['privacy.col.days', 0.07], ['privacy.col.status', 0.15], ['privacy.col.submitted', 0.12]],
    data.requests.map((r) => [r.ref, t(`leave.type.${r.typeCode}`), formatDayRange(r.start, r.end, lang), formatDays(r.days, lang), t(`leave.status.${r.status}`), day(r.submittedAt)]),
  );
  table(
    t('privacy.doc.balances'),
    [['privacy.col.year', 0.1], ['privacy.col.type', 0.24], ['privacy.col.entitled', 0.11], ['privacy.col.carried', 0.11], ['privacy.col.deferred', 0.11], ['privacy.col.added', 0.11], ['privacy.col.used', 0.11], ['privacy.col.reserved', 0.11]],
    data.balances.map((b) => [String(b.year), t(`leave.type.${b.typeCode}`), ...[b.entitled, b.carriedOver, b.deferred, b.added, b.used, b.reserved].map((n) => formatDays(n, lang))]),
  );
  table(t('privacy.doc.payslips'), [['privacy.col.month', 0.5], ['privacy.col.sent', 0.5]], data.payslips.map((s) => [formatPeriod(s.period, lang), t('privacy.doc.sent_times', { count: s.deliveries })]));
  if (data.payslips.length > 0) tableRow(doc, [{ text: t('privacy.doc.payslips_note'), width }]);
  table(
    t('privacy.doc.profile_changes'),
    [['privacy.col.field', 0.2], ['privacy.col.value', 0.5], ['privacy.col.status', 0.15], ['privacy.col.submitted', 0.15]],
    data.profileChanges.map((c) => [t(`profile.field.${c.field}`), c.value, t(`privacy.review.${c.status}`), day(c.createdAt)]),
  );
  table(
    t('privacy.doc.documents'),
    [['privacy.col.ref', 0.25], ['privacy.col.file', 0.25], ['privacy.col.submitted', 0.2], ['privacy.col.status', 0.3]],
    data.documents.map((d) => [d.ref ?? '-', known(t, `leave.document.${d.kind}`, d.kind), day(d.createdAt), t(d.purged ? 'privacy.doc.purged' : 'privacy.doc.kept')]),
  );
  table(
    t('privacy.doc.audit', { count: data.audit.length }),
    [['privacy.col.when', 0.2], ['privacy.col.what', 0.5], ['privacy.col.who', 0.3]],
    data.audit.map((a) => [formatPrintTime(a.at, lang), `${known(t, `privacy.entity.${a.entity}`, a.entity)}: ${a.action}`, a.actor ?? t('privacy.doc.system')]),
  );

  partHeading(doc, t('privacy.doc.correction_title'));
  tableRow(doc, [{ text: t('privacy.doc.correction', { contact: data.contact, url: data.privacyUrl }), width }], 9);
}
