import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableDays, rolloverYear, totalDays } from '../../../src/domain/leave';
import { makeEmployee, policy } from './fixtures';

const halves = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);

/** Consistent closing-year snapshots: used + reserved never exceed the credits. */
const closingYear = fc
  .record({
    entitled: fc.constantFrom(0, 12),
    carriedOver: halves(12),
    deferred: halves(12),
    added: halves(5),
    usedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reservedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    unusedYears: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ usedShare, reservedShare, ...credits }) => {
    const total = credits.entitled + credits.carriedOver + credits.deferred + credits.added;
    const used = Math.floor(total * usedShare * 2) / 2;
    const reserved = Math.floor((total - used) * reservedShare * 2) / 2;
    return { ...credits, used, reserved };
  });

const employees = fc.constantFrom(
  makeEmployee(),
  makeEmployee({ serviceStart: '2026-05-01' }),
  makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2030-12-31' }),
  makeEmployee({ kind: 'PPPK', serviceStart: '2025-01-01', contractEnd: '2027-06-30' }),
  makeEmployee({ kind: 'PPPK', serviceStart: '2024-01-01', contractEnd: '2026-12-31' }),
);

describe('rolloverYear properties', () => {
  it('never creates days: carried + deferred come out of the unused days, within 24 (18 without a streak or postponement)', () => {
    fc.assert(
      fc.property(closingYear, employees, halves(12), fc.boolean(), (prev, employee, deferredDays, annualForfeited) => {
        const next = rolloverYear(prev, employee, policy, 2027, { deferredDays, annualForfeited });
        for (const value of Object.values(next)) expect(value).toBeGreaterThanOrEqual(0);
        expect(next.used).toBe(0);
        expect(next.reserved).toBe(0);
        expect(next.added).toBe(0);
        expect(next.carriedOver + next.deferred).toBeLessThanOrEqual(availableDays(prev));
        expect(next.deferred).toBeLessThanOrEqual(deferredDays);
        if (next.carriedOver + next.deferred > 0) {
          expect(totalDays(next)).toBeLessThanOrEqual(policy.annual.carryOverCapLong);
          if (next.deferred === 0 && next.unusedYears < 2) expect(totalDays(next)).toBeLessThanOrEqual(policy.annual.carryOverCap);
        }
        expect(rolloverYear(prev, employee, policy, 2027, { deferredDays, annualForfeited })).toEqual(next);
      }),
    );
  });
});
