import type { YearDays } from '../../../domain/leave';

/** What each year gives back when a request's charge goes from `before` to `after`: only where it went down. */
export function givenBack(before: readonly YearDays[], after: readonly YearDays[]): YearDays[] {
  return before
    .map((part) => ({ year: part.year, days: part.days - (after.find((a) => a.year === part.year)?.days ?? 0) }))
    .filter((part) => part.days > 0);
}

/** The charge left after giving `back`: years that hold nothing are dropped. */
export function chargeAfter(charged: readonly YearDays[], back: readonly YearDays[]): YearDays[] {
  return charged
    .map((part) => ({ year: part.year, days: part.days - (back.find((b) => b.year === part.year)?.days ?? 0) }))
    .filter((part) => part.days > 0);
}

/** The days of a charge, in all. */
export const totalDays = (parts: readonly YearDays[]): number => parts.reduce((sum, part) => sum + part.days, 0);
