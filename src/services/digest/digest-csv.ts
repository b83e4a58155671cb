import { formatDay, formatInstant, formatPeriod } from '../../domain/format';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { Absence, Digest } from './digest-types';
import { RETENTION_KINDS } from './removed-by-retention';

/** One CSV field: quoted when it holds a separator, a quote or a line break; formula starts defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Row = [section: string, unit: string, name: string, nip: string, type: string, start: string, end: string, detail: string];

/**
 * The digest's details as CSV (UTF-8 with a byte-order mark so spreadsheet
 * programs read the names right): one row per person or item, by section.
 */
export function digestCsv(digest: Digest, lang: Language): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const labels = new Map<string, string>();
  const label = (key: string) => labels.get(key) ?? labels.set(key, t(key)).get(key)!;
  const section = (key: string) => label(`jobs.digest.section.${key}`);
  const type = (code: string) => label(`leave.type.${code}`);
  const away = (key: string, a: Absence, detail = ''): Row => [section(key), a.unit, a.name, a.nip, type(a.typeCode), a.start, a.end, detail];
  const rows: Row[] = [
    ...digest.onLeaveToday.map((a) => away('on_leave_today', a)),
    ...digest.onLeaveThisWeek.map((a) => away('on_leave_week', a)),
    ...digest.newRequests.map((r) => away('new_request', r, `${r.ref} · ${label(`leave.status.${r.status}`)}`)),
    ...digest.decisions.map((r) => away('decision', r, `${r.ref} · ${label(`leave.status.${r.status}`)}`)),
    ...digest.overdue.map((o): Row => [
      section('overdue'), o.unit, o.name, o.nip, type(o.typeCode), o.start, o.end,
      `${o.ref} · ${t('jobs.digest.csv.waiting', { approver: o.approver, since: formatDay(o.waitingSince, lang), days: o.workingDays })}`,
    ]),
    ...digest.unreachable.map((u): Row => [
      section('unreachable'), u.unit, u.name, u.nip, '', '', '', t('jobs.digest.csv.unreachable', { channel: u.channel, since: formatInstant(u.since, lang) }),
    ]),
    ...digest.jobProblems.map((r): Row => [
      section('job_problem'), '', r.jobId, '', '', r.slot, '', t('jobs.digest.csv.job_problem', { problem: t(`jobs.problem.${r.problem}`), started: formatInstant(r.startedAt, lang), error: r.error ?? '' }),
    ]),
    ...digest.deadLetters.recent.map((d): Row => [
      section('dead_letter'), '', d.name ?? '', '', '', '', '', t('jobs.digest.csv.dead_letter', { channel: d.channel, chat: d.chatId, error: d.error }),
    ]),
  ];
  const period = digest.payslips.period;
  if (period) {
    rows.push([section('payslip'), '', '', '', '', '', '', t('jobs.digest.csv.payslip_period', {
      period: formatPeriod(period.period, lang), delivered: period.delivered, total: period.total,
      since: digest.payslips.deliveredSince, day: formatDay(digest.since, lang),
    })]);
  }
  for (const kind of RETENTION_KINDS) {
    const count = digest.removed[kind];
    if (count) rows.push([section('removed'), '', '', '', '', '', '', t(`jobs.digest.removed.${kind}`, { count })]);
  }
  const lines = [t('jobs.digest.csv_header'), ...rows.map((row) => row.map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
