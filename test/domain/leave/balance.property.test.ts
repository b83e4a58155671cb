import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableDays,
  type BalanceResult,
  consume,
  type LeaveBalanceSnapshot,
  release,
  reserve,
  returnUsed,
  totalDays,
} from '../../../src/domain/leave';

const halves = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);

const snapshot = fc.record({
  entitled: halves(12),
  carriedOver: halves(12),
  deferred: halves(12),
  added: halves(5),
  used: fc.constant(0),
  reserved: fc.constant(0),
  unusedYears: fc.integer({ min: 0, max: 5 }),
});

const OPERATIONS = { reserve, release, consume, returnUsed } as const;
type OperationName = keyof typeof OPERATIONS;
/** Amounts include invalid ones (0, negatives, non-halves) to prove they are refused. */
const amount = fc.oneof(halves(15), fc.constantFrom(0, -1, 0.25, 1.3));
const operation = fc.tuple(fc.constantFrom<OperationName>('reserve', 'release', 'consume', 'returnUsed'), amount);

function credits(b: LeaveBalanceSnapshot) {
  return [b.entitled, b.carriedOver, b.deferred, b.added, b.unusedYears];
}

describe('balance conservation', () => {
  it('no sequence of reserve/release/consume/cancel makes a field negative, creates days or overdraws', () => {
    fc.assert(
      fc.property(snapshot, fc.array(operation, { maxLength: 40 }), (start, ops) => {
        let b: LeaveBalanceSnapshot = start;
        for (const [name, days] of ops) {
          const result: BalanceResult = OPERATIONS[name](b, days);
          if (!result.ok) continue;
          b = result.balance;
          for (const value of Object.values(b)) expect(value).toBeGreaterThanOrEqual(0);
          expect(credits(b)).toEqual(credits(start));
          expect(b.used + b.reserved).toBeLessThanOrEqual(totalDays(b));
          expect(availableDays(b) + b.used + b.reserved).toBe(totalDays(b));
        }
      }),
    );
  });

  it('a refused operation changes nothing and says why', () => {
    fc.assert(
      fc.property(snapshot, operation, (b, [name, days]) => {
        const before = { ...b };
        const result = OPERATIONS[name](b, days);
        expect(b).toEqual(before);
        if (result.ok) return;
        expect(['leave.invalid_days', 'leave.insufficient_balance', 'leave.balance_inconsistent']).toContain(result.error.code);
      }),
    );
  });

  it('reserve then release, and reserve-consume-return, come back to the start', () => {
    fc.assert(
      fc.property(snapshot, halves(24), (b, days) => {
        const held = reserve(b, days);
        if (!held.ok) {
          expect(days === 0 || days > availableDays(b)).toBe(true);
          return;
        }
        const released = release(held.balance, days);
        expect(released.ok && released.balance).toEqual(b);
        const used = consume(held.balance, days);
        if (!used.ok) throw new Error('consume of reserved days failed');
        const returned = returnUsed(used.balance, days);
        expect(returned.ok && returned.balance).toEqual(b);
      }),
    );
  });
});
