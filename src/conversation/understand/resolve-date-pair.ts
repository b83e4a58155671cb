import { type IsoDay, yearOf } from '../../domain/day';
import type { CalendarSpec, DateSpec } from './date-spec';
import { type DateRangeReading, INVALID_DATE, rangeReading, UNRECOGNIZED } from './date-range-reading';
import { inferYear, resolveDateSpec } from './resolve-date-spec';

const monthOf = (day: IsoDay): number => Number(day.slice(5, 7));

/**
 * The start of "12 - 14 des" borrows month and year from the end; a start
 * without a year takes the end's year (the year before if its month is later:
 * "30 des - 2 jan 2027"), else the next such day on or after today.
 */
function completeStart(start: CalendarSpec, end: DateSpec, today: IsoDay): CalendarSpec | null {
  const other = end.kind === 'calendar' ? end : undefined;
  const month = start.month ?? other?.month;
  if (month === undefined) return null;
  const year = start.year ?? (start.month === undefined ? other?.year : undefined);
  if (year !== undefined) return { ...start, month, year };
  if (other?.year !== undefined && other.month !== undefined) {
    return { ...start, month, year: other.year - (month > other.month ? 1 : 0) };
  }
  return { ...start, month, year: inferYear(start.day, month, today) };
}

/**
 * The end of a range without a year is in the start's year, or the next one
 * when its month comes earlier ("12 des - 3 jan"); "12 des - 14" keeps the
 * start's month.
 */
function completeEnd(end: CalendarSpec, start: IsoDay): CalendarSpec {
  if (end.month === undefined) return { ...end, month: monthOf(start), year: end.year ?? yearOf(start) };
  if (end.year !== undefined) return end;
  return { ...end, year: yearOf(start) + (end.month < monthOf(start) ? 1 : 0) };
}

/** Pins "<from> to <until>" to two days. A plain weekday as the end is the first one on or after the start. */
export function resolveDatePair(from: DateSpec, until: DateSpec, today: IsoDay): DateRangeReading {
  const fromSpec = from.kind === 'calendar' ? completeStart(from, until, today) : from;
  if (fromSpec === null) return UNRECOGNIZED;
  const start = resolveDateSpec(fromSpec, today);
  if (start === null) return INVALID_DATE;
  const untilSpec = until.kind === 'calendar' ? completeEnd(until, start) : until;
  return rangeReading(start, resolveDateSpec(untilSpec, today, start));
}
