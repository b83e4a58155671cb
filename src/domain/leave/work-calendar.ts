import { addDays, compareDays, type IsoDay, weekday } from '../day';
import type { LeavePolicy } from './policy';
import type { Holiday } from './types';

/** The days off that matter for counting: weekend rule plus the excluded holidays. */
export interface WorkCalendar {
  readonly sixDayWeek: boolean;
  readonly daysOff: ReadonlySet<IsoDay>;
}

export function workCalendar(holidays: readonly Holiday[], policy: Pick<LeavePolicy, 'calendar'>): WorkCalendar {
  const kinds = new Set(policy.calendar.excludedHolidayKinds);
  return {
    sixDayWeek: policy.calendar.sixDayWeek,
    daysOff: new Set(holidays.filter((h) => kinds.has(h.kind)).map((h) => h.date)),
  };
}

/** Monday to Friday (to Saturday with a six-day week) and not a day off. */
export function isWorkingDay(day: IsoDay, calendar: WorkCalendar): boolean {
  const wd = weekday(day);
  if (wd === 0) return false;
  if (wd === 6 && !calendar.sixDayWeek) return false;
  return !calendar.daysOff.has(day);
}

/** Working days in [start, end], both included; 0 when end is before start. */
export function workingDaysBetween(start: IsoDay, end: IsoDay, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = start; compareDays(day, end) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/**
 * The day `n` working days after `day` (n >= 0): addWorkingDays(Fri, 1) is the
 * next Monday when that Monday is a working day. n = 0 returns `day` itself.
 */
export function addWorkingDays(day: IsoDay, n: number, calendar: WorkCalendar): IsoDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0: ${n}`);
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}
