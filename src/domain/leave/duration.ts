import { addDays, addMonths, fullYearsBetween, type IsoDay } from '../day';
import type { Duration } from './policy';

const dayOfMonth = (day: IsoDay): number => Number(day.slice(8, 10));

/**
 * The last day of a period of `duration` starting on `start`: the day before
 * the same date `months` later, then `days` more. 3 months from 10 Jan ends
 * 9 Apr; 1.5 months ({1, 15}) from 1 Jul ends 15 Aug. When the month is too
 * short for that date the period ends on its last day: 1 month from 31 Jan
 * ends 28 Feb, 1 year from 29 Feb 2028 ends 28 Feb 2029.
 */
export function lastDayOf(start: IsoDay, duration: Duration): IsoDay {
  const target = addMonths(start, duration.months);
  const clamped = dayOfMonth(target) < dayOfMonth(start);
  return addDays(clamped ? addDays(target, 1) : target, duration.days - 1);
}

export function addDurations(a: Duration, b: Duration): Duration {
  return { months: a.months + b.months, days: a.days + b.days };
}

/**
 * The first day on which someone who started on `serviceStart` has `years` full
 * years of service (as fullYearsBetween counts: 29 Feb 2028 + 1 year = 1 Mar 2029).
 */
export function serviceAnniversary(serviceStart: IsoDay, years: number): IsoDay {
  const candidate = addMonths(serviceStart, 12 * years);
  return fullYearsBetween(serviceStart, candidate) >= years ? candidate : addDays(candidate, 1);
}
