import { compareDays, daysBetween, type IsoDay, yearOf } from '../day';
import type { LeavePolicy } from './policy';
import type { HalfDay, Holiday, LeaveTypeCode } from './types';
import { isWorkingDay, workCalendar, workingDaysBetween } from './work-calendar';

export interface LeavePeriod {
  readonly typeCode: LeaveTypeCode;
  readonly start: IsoDay;
  readonly end: IsoDay;
  readonly halfDay?: HalfDay | null;
}

export interface CountInput extends LeavePeriod {
  readonly holidays: readonly Holiday[];
  readonly policy: LeavePolicy;
}

/** Half days exist only for a single day of cuti tahunan, when the agency allows them. */
export function halfDayApplies(period: LeavePeriod, policy: LeavePolicy): boolean {
  return period.typeCode === 'CT' && period.start === period.end && policy.annual.halfDayAllowed;
}

/**
 * Days charged for a leave period. Working-day types (CT) count working days
 * (see work-calendar.ts); a half day is 0.5, or 0 on a day off. Calendar types
 * (CB, CS, CM, CAP, CLTN) count every calendar day, both ends included.
 * Throws RangeError on input validateLeaveRequest refuses (end before start,
 * a half day where none applies).
 */
export function countLeaveDays(input: CountInput): number {
  const { start, end, halfDay, policy } = input;
  if (compareDays(end, start) < 0) throw new RangeError(`end ${end} is before start ${start}`);
  if (halfDay && !halfDayApplies(input, policy)) throw new RangeError('half day not applicable');
  if (policy.types[input.typeCode].unit === 'CALENDAR_DAYS') return daysBetween(start, end) + 1;
  const calendar = workCalendar(input.holidays, policy);
  if (halfDay) return isWorkingDay(start, calendar) ? 0.5 : 0;
  return workingDaysBetween(start, end, calendar);
}

export interface YearDays {
  readonly year: number;
  readonly days: number;
}

/**
 * The charged days of a period split by calendar year, one entry per year the
 * period touches (a year may get 0): 29 Dec 2026 - 3 Jan 2027 is
 * [{ 2026: 3 }, { 2027: 0 }] because 1 Jan is a holiday and 2-3 Jan a weekend.
 * Each part is charged to its own year's balance.
 */
export function splitDaysByYear(input: CountInput): YearDays[] {
  const first = yearOf(input.start);
  const last = yearOf(input.end);
  if (first === last) return [{ year: first, days: countLeaveDays(input) }];
  const parts: YearDays[] = [];
  for (let year = first; year <= last; year += 1) {
    const start = year === first ? input.start : `${year}-01-01`;
    const end = year === last ? input.end : `${year}-12-31`;
    parts.push({ year, days: countLeaveDays({ ...input, start, end }) });
  }
  return parts;
}
