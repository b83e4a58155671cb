import { formatCount, formatDay, formatDayRange, formatDayWithWeekday, formatPeriod } from '../../domain/format';
import type { Language } from '../../domain/language';
import { formatWait } from '../../i18n/format-wait';
import { translate } from '../../i18n/translate';
import type { Absence, Digest } from './digest-types';
import { RETENTION_KINDS } from './removed-by-retention';

const NAMES_PER_UNIT = 3;
const UNITS_SHOWN = 5;
const OVERDUE_SHOWN = 3;

function names(list: readonly string[], shown: number, lang: Language): string {
  const head = list.slice(0, shown).join(', ');
  return list.length > shown ? `${head}, ${translate(lang, 'jobs.digest.more_people', { count: list.length - shown })}` : head;
}

function byUnit(absences: readonly Absence[], lang: Language): string[] {
  const units = new Map<string, string[]>();
  for (const a of absences) units.set(a.unit, [...(units.get(a.unit) ?? []), a.name]);
  const sorted = [...units].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  const lines = sorted.slice(0, UNITS_SHOWN).map(([unit, people]) =>
    translate(lang, 'jobs.digest.unit_line', { unit, count: people.length, names: names(people, NAMES_PER_UNIT, lang) }),
  );
  if (sorted.length > UNITS_SHOWN) lines.push(translate(lang, 'jobs.digest.more_units', { count: sorted.length - UNITS_SHOWN }));
  return lines;
}

/**
 * The digest as one chat message, short enough for a phone: counts, the
 * first few names, the longest waits. Everything else is in the CSV.
 */
export function renderDigest(digest: Digest, lang: Language): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const n = (count: number) => formatCount(count, lang);
  const since = formatDay(digest.since, lang);
  const distinct = (list: readonly Absence[]) => new Set(list.map((a) => a.nip)).size;
  const lines = [t('jobs.digest.title', { date: formatDayWithWeekday(digest.day, lang) }), ''];

  const today = distinct(digest.onLeaveToday);
  if (today === 0) lines.push(t('jobs.digest.nobody_on_leave'));
  else lines.push(t('jobs.digest.on_leave_today', { count: n(today) }), ...byUnit(digest.onLeaveToday, lang));
  lines.push(t('jobs.digest.on_leave_week', { dates: formatDayRange(digest.week.start, digest.week.end, lang), count: n(distinct(digest.onLeaveThisWeek)) }), '');

  const approved = digest.decisions.filter((d) => d.status === 'APPROVED' || d.status === 'CHANGED').length;
  const rejected = digest.decisions.filter((d) => d.status === 'REJECTED').length;
  lines.push(
    t('jobs.digest.requests', { since, requests: n(digest.newRequests.length), decisions: n(digest.decisions.length), approved: n(approved), rejected: n(rejected) }),
    t('jobs.digest.pending', { open: n(digest.openRequests), overdue: n(digest.overdue.length) }),
    ...digest.overdue.slice(0, OVERDUE_SHOWN).map((o) =>
      t('jobs.digest.overdue_line', { name: o.name, type: t(`leave.type.${o.typeCode}`), approver: o.approver, days: o.workingDays }),
    ),
  );

  const extra: string[] = [];
  if (digest.unreachable.length > 0) {
    extra.push(t('jobs.digest.unreachable', { count: n(digest.unreachable.length), names: names(digest.unreachable.map((u) => u.name), NAMES_PER_UNIT, lang) }));
  }
  if (digest.deadLetters.total > 0) extra.push(t('jobs.digest.dead_letters', { count: n(digest.deadLetters.total), since, recent: n(digest.deadLetters.since) }));
  if (digest.payslips.deliveredSince > 0) extra.push(t('jobs.digest.payslips', { since, count: n(digest.payslips.deliveredSince) }));
  const period = digest.payslips.period;
  if (period) {
    extra.push(t('jobs.digest.payslip_period', { period: formatPeriod(period.period, lang), delivered: n(period.delivered), total: n(period.total) }));
  }
  if (digest.jobProblems.length > 0) {
    const runs = digest.jobProblems.map((r) => t('jobs.digest.job_problem_run', { job: r.jobId, slot: r.slot, problem: t(`jobs.problem.${r.problem}`) }));
    extra.push(t('jobs.digest.job_problems', { count: n(runs.length), runs: runs.join(', ') }));
  }
  const removed = RETENTION_KINDS.flatMap((kind) => (digest.removed[kind] ? [t(`jobs.digest.removed.${kind}`, { count: n(digest.removed[kind]) })] : []));
  if (removed.length > 0) extra.push(t('jobs.digest.removed', { since, items: removed.join(', ') }));
  for (const queue of digest.sendQueue) {
    const params = { channel: t(`link.channel.${queue.channel}`), count: n(queue.pending) };
    extra.push(queue.drainSeconds === null ? t('jobs.digest.send_queue', params) : t('jobs.digest.send_queue_drain', { ...params, wait: formatWait(queue.drainSeconds, lang) }));
  }
  if (extra.length > 0) lines.push('', ...extra);
  lines.push('', t('jobs.digest.details'));
  return lines.join('\n');
}
