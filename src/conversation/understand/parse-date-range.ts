import type { IsoDay } from '../../domain/day';
import type { DateRange } from './date-range-reading';
import { readDateRange } from './read-date-range';

export type { DateRange, DateRangeReading } from './date-range-reading';
export { parseDate } from './parse-date';
export { readDateRange } from './read-date-range';

/**
 * The range typed by a person (see `readDateRange` for what is understood),
 * or null. Null also when the end comes before the start or a day does not
 * exist: a flow that wants to say which of these happened calls
 * `readDateRange` instead. Both languages are always understood, since people
 * mix them.
 */
export function parseDateRange(text: string, today: IsoDay): DateRange | null {
  const reading = readDateRange(text, today);
  return reading.kind === 'range' ? { start: reading.start, end: reading.end } : null;
}
