import type { ParsedReply } from '../../src/conversation/flow';
import type { DateRangeReading } from '../../src/conversation/understand/parse-date-range';
import { addDays, addMonths, compareDays, daysBetween, type IsoDay } from '../../src/domain/day';
import { formatDay, formatDayRange } from '../../src/domain/format';
import type { Language } from '../../src/domain/language';
import {
  countLeaveDays,
  type EmployeeKind,
  type Holiday,
  leaveError,
  leaveErrorParams,
  type LeavePolicy,
  type LeaveTypeCode,
  serviceAnniversary,
} from '../../src/domain/leave';

export interface DatesAnswer {
  start: IsoDay;
  end: IsoDay;
  /** Days charged for the whole range (working days for CT, calendar days otherwise). */
  fullDays: number;
}

export interface DatesQuery {
  reading: DateRangeReading;
  typeCode: LeaveTypeCode;
  kind: EmployeeKind;
  serviceStart: IsoDay;
  today: IsoDay;
  holidays: readonly Holiday[];
  policy: LeavePolicy;
  lang: Language;
}

type Refusal = { ok: false; hint: string; params?: Record<string, string | number> };

function readingRefusal(reading: DateRangeReading, lang: Language): Refusal | null {
  if (reading.kind === 'unrecognized') return { ok: false, hint: 'leave_flow.dates.unknown' };
  if (reading.kind === 'invalid-date') return { ok: false, hint: 'leave_flow.dates.impossible' };
  if (reading.kind === 'end-before-start') {
    return { ok: false, hint: 'leave_flow.dates.end_before_start', params: { start: formatDay(reading.start, lang), end: formatDay(reading.end, lang) } };
  }
  return null;
}

function pastRefusal(q: DatesQuery, start: IsoDay): Refusal | null {
  if (compareDays(start, q.today) >= 0) return null;
  const backdate = q.policy.sick.backdateDays;
  if (q.typeCode !== 'CS') return { ok: false, hint: 'leave_flow.dates.past', params: { start: formatDay(start, q.lang), today: formatDay(q.today, q.lang) } };
  if (daysBetween(start, q.today) <= backdate) return null;
  return { ok: false, hint: 'leave_flow.dates.sick_backdate', params: { days: backdate, earliest: formatDay(addDays(q.today, -backdate), q.lang) } };
}

/** Years of service the type needs at its start, where no exemption may apply (CB's first hajj, a PPPK's early CT). */
function serviceRefusal(q: DatesQuery, start: IsoDay): Refusal | null {
  const years = q.policy.types[q.typeCode].minServiceYears;
  if (years === 0 || q.typeCode === 'CB' || (q.typeCode === 'CT' && q.kind === 'PPPK')) return null;
  const eligibleFrom = serviceAnniversary(q.serviceStart, years);
  if (compareDays(start, eligibleFrom) >= 0) return null;
  const error = leaveError('leave.service_too_short', { years, eligibleFrom });
  return { ok: false, hint: error.code, params: leaveErrorParams(error, q.lang) };
}

/** Notice too short where no emergency can lift it. */
function noticeRefusal(q: DatesQuery, start: IsoDay): Refusal | null {
  const rule = q.policy.types[q.typeCode];
  if (rule.emergencyOverride || daysBetween(q.today, start) >= rule.noticeDays) return null;
  const error = leaveError('leave.notice_too_short', { days: rule.noticeDays, earliest: addDays(q.today, rule.noticeDays) });
  return { ok: false, hint: error.code, params: leaveErrorParams(error, q.lang) };
}

/**
 * A day typed without a year means its next occurrence ("25 nov" on 27 Nov is
 * next year). Sick leave may start a few days back, so for CS a range that
 * lands a year ahead but would start inside the backdating window a year
 * earlier is read as this year's: nobody reports sick leave a year ahead.
 */
function sickLeaveRange(q: DatesQuery, start: IsoDay, end: IsoDay): { start: IsoDay; end: IsoDay } {
  if (q.typeCode !== 'CS') return { start, end };
  const earlier = { start: addMonths(start, -12), end: addMonths(end, -12) };
  const window = addDays(q.today, -q.policy.sick.backdateDays);
  const inWindow = compareDays(earlier.start, window) >= 0 && compareDays(earlier.start, q.today) < 0;
  return inWindow ? earlier : { start, end };
}

/**
 * The dates typed for a leave, checked as far as the flow can before
 * submitLeave decides: a real range, not in the past (CS may start a few days
 * back), at least one working day for CT, enough service and notice where
 * nothing could lift them. Each refusal says exactly what is wrong.
 */
export function checkLeaveDates(q: DatesQuery): ParsedReply<DatesAnswer> {
  const refusal = readingRefusal(q.reading, q.lang);
  if (refusal || q.reading.kind !== 'range') return refusal ?? { ok: false, hint: 'leave_flow.dates.unknown' };
  const { start, end } = sickLeaveRange(q, q.reading.start, q.reading.end);
  const early = pastRefusal(q, start) ?? serviceRefusal(q, start) ?? noticeRefusal(q, start);
  if (early) return early;
  const fullDays = countLeaveDays({ typeCode: q.typeCode, start, end, holidays: q.holidays, policy: q.policy });
  if (fullDays === 0) return { ok: false, hint: 'leave_flow.dates.no_working_days', params: { period: formatDayRange(start, end, q.lang) } };
  return { ok: true, value: { start, end, fullDays } };
}
