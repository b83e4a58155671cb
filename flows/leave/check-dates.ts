import type { ParsedReply } from '../../src/conversation/flow';
import type { DateRangeReading } from '../../src/conversation/understand/parse-date-range';
import type { IsoDay } from '../../src/domain/day';
import { formatDay, formatDayRange } from '../../src/domain/format';
import type { Language } from '../../src/domain/language';
import { checkLeaveDates, type DatesQuery as DomainQuery, leaveErrorParams } from '../../src/domain/leave';

export interface DatesAnswer {
  start: IsoDay;
  end: IsoDay;
  /** Days charged for the whole range (working days for CT, calendar days otherwise). */
  fullDays: number;
}

export type DatesQuery = Omit<DomainQuery, 'start' | 'end' | 'employee'> & {
  reading: DateRangeReading;
  kind: DomainQuery['employee']['kind'];
  serviceStart: IsoDay;
  lang: Language;
};

/** The chat's own words for the date rules it names with the dates in view. */
const HINTS: Readonly<Record<string, string>> = {
  'leave.start_in_past': 'leave_flow.dates.past',
  'leave.sick_backdate_exceeded': 'leave_flow.dates.sick_backdate',
  'leave.no_working_days': 'leave_flow.dates.no_working_days',
};

function readingRefusal(reading: DateRangeReading, lang: Language): ParsedReply<never> {
  if (reading.kind === 'invalid-date') return { ok: false, hint: 'leave_flow.dates.impossible' };
  if (reading.kind === 'end-before-start') {
    return { ok: false, hint: 'leave_flow.dates.end_before_start', params: { start: formatDay(reading.start, lang), end: formatDay(reading.end, lang) } };
  }
  return { ok: false, hint: 'leave_flow.dates.unknown' };
}

/** The dates typed for a leave, checked by the domain's date rules (checkLeaveDates); each refusal says exactly what is wrong. */
export function readLeaveDates(q: DatesQuery): ParsedReply<DatesAnswer> {
  if (q.reading.kind !== 'range') return readingRefusal(q.reading, q.lang);
  const check = checkLeaveDates({ ...q, start: q.reading.start, end: q.reading.end, employee: { kind: q.kind, serviceStart: q.serviceStart } });
  if (check.ok) return { ok: true, value: { start: check.start, end: check.end, fullDays: check.fullDays } };
  const params = leaveErrorParams(check.error, q.lang);
  if (check.error.code === 'leave.no_working_days') params.period = formatDayRange(check.start, check.end, q.lang);
  return { ok: false, hint: HINTS[check.error.code] ?? check.error.code, params };
}
