import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/domain/day';
import {
  addWorkingDays,
  countLeaveDays,
  isWorkingDay,
  resolvePolicy,
  splitDaysByYear,
  workCalendar,
  workingDaysBetween,
} from '../../../src/domain/leave';
import { holidays2026, policy } from './fixtures';

const ORIGIN = '2025-11-01';
/** Days from Nov 2025 to early 2029: crosses year ends and 29 Feb 2028. */
const day = fc.integer({ min: 0, max: 1200 }).map((n) => addDays(ORIGIN, n));
const range = fc
  .tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 90 }))
  .map(([offset, length]) => ({ start: addDays(ORIGIN, offset), end: addDays(ORIGIN, offset + length) }));
const policies = fc.boolean().map((six) => resolvePolicy({ calendar: { sixDayWeek: six } }));

describe('working-day counting properties', () => {
  it('is between 0 and the calendar length of the range', () => {
    fc.assert(
      fc.property(range, policies, ({ start, end }, p) => {
        const days = countLeaveDays({ typeCode: 'CT', start, end, holidays: holidays2026, policy: p });
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(daysBetween(start, end) + 1);
      }),
    );
  });

  it('is additive: splitting a range at any day gives the same total', () => {
    fc.assert(
      fc.property(range, fc.nat(), policies, ({ start, end }, cut, p) => {
        const length = daysBetween(start, end);
        const mid = addDays(start, length === 0 ? 0 : cut % length);
        const cal = workCalendar(holidays2026, p);
        const whole = workingDaysBetween(start, end, cal);
        expect(workingDaysBetween(start, mid, cal) + workingDaysBetween(addDays(mid, 1), end, cal)).toBe(whole);
      }),
    );
  });

  it('splitDaysByYear sums to the whole count', () => {
    fc.assert(
      fc.property(range, fc.constantFrom('CT' as const, 'CS' as const, 'CLTN' as const), ({ start, end }, typeCode) => {
        const input = { typeCode, start, end, holidays: holidays2026, policy };
        const parts = splitDaysByYear(input);
        expect(parts.reduce((sum, p) => sum + p.days, 0)).toBe(countLeaveDays(input));
        expect(parts.map((p) => p.year)).toEqual(
          Array.from({ length: parts.length }, (_, i) => Number(start.slice(0, 4)) + i),
        );
      }),
    );
  });

  it('a six-day week never charges less than a five-day week', () => {
    const six = resolvePolicy({ calendar: { sixDayWeek: true } });
    fc.assert(
      fc.property(range, ({ start, end }) => {
        const five = countLeaveDays({ typeCode: 'CT', start, end, holidays: holidays2026, policy });
        expect(countLeaveDays({ typeCode: 'CT', start, end, holidays: holidays2026, policy: six })).toBeGreaterThanOrEqual(five);
      }),
    );
  });

  it('a half day is 0.5 exactly on working days and 0 otherwise', () => {
    const cal = workCalendar(holidays2026, policy);
    fc.assert(
      fc.property(day, fc.constantFrom('MORNING' as const, 'AFTERNOON' as const), (d, halfDay) => {
        const days = countLeaveDays({ typeCode: 'CT', start: d, end: d, halfDay, holidays: holidays2026, policy });
        expect(days).toBe(isWorkingDay(d, cal) ? 0.5 : 0);
      }),
    );
  });

  it('addWorkingDays lands on a working day n working days later', () => {
    const cal = workCalendar(holidays2026, policy);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const target = addWorkingDays(d, n, cal);
        expect(isWorkingDay(target, cal)).toBe(true);
        expect(workingDaysBetween(addDays(d, 1), target, cal)).toBe(n);
      }),
    );
  });
});
