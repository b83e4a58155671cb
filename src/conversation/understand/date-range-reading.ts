import type { IsoDay } from '../../domain/day';

export type DateRange = { start: IsoDay; end: IsoDay };

/**
 * What a typed date range turned out to be, so a flow can answer precisely:
 * - `range`: start <= end, both real days;
 * - `end-before-start`: both days exist but the end comes first ("14-12 des");
 * - `invalid-date`: shaped like a date that does not exist ("31 feb", "32 des",
 *   "senin 1 des 2026" when 1 Dec 2026 is a Tuesday);
 * - `unrecognized`: not a date at all.
 */
export type DateRangeReading =
  | ({ kind: 'range' } & DateRange)
  | ({ kind: 'end-before-start' } & DateRange)
  | { kind: 'invalid-date' }
  | { kind: 'unrecognized' };

export const INVALID_DATE: DateRangeReading = { kind: 'invalid-date' };
export const UNRECOGNIZED: DateRangeReading = { kind: 'unrecognized' };

export function rangeReading(start: IsoDay | null, end: IsoDay | null): DateRangeReading {
  if (start === null || end === null) return INVALID_DATE;
  return { kind: end < start ? 'end-before-start' : 'range', start, end };
}
