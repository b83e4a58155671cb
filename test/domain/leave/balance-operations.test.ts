import { describe, expect, it } from 'vitest';
import {
  addWorkedCutiBersama,
  availableDays,
  type BalanceResult,
  consume,
  forfeitAnnualLeave,
  type LeaveBalanceSnapshot,
  release,
  reserve,
  returnUsed,
  totalDays,
} from '../../../src/domain/leave';
import { makeBalance } from './fixtures';

function balanceOf(result: BalanceResult): LeaveBalanceSnapshot {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.balance;
}

function errorOf(result: BalanceResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('availableDays', () => {
  it('is all credits minus used and reserved', () => {
    const b = makeBalance({ carriedOver: 6, deferred: 3, added: 2, used: 4, reserved: 1.5 });
    expect(totalDays(b)).toBe(23);
    expect(availableDays(b)).toBe(17.5);
  });

  it('is never negative, even on inconsistent data', () => {
    expect(availableDays(makeBalance({ used: 15 }))).toBe(0);
  });
});

describe('reserve', () => {
  it('holds the days of a pending request', () => {
    const b = balanceOf(reserve(makeBalance(), 3));
    expect(b).toMatchObject({ reserved: 3, used: 0 });
    expect(availableDays(b)).toBe(9);
  });

  it('holds half days', () => {
    expect(balanceOf(reserve(makeBalance({ used: 11.5 }), 0.5)).reserved).toBe(0.5);
  });

  it('refuses more than is available, saying how much is', () => {
    expect(errorOf(reserve(makeBalance({ used: 9 }), 5))).toEqual({
      code: 'leave.insufficient_balance',
      params: { available: 3, requested: 5 },
    });
  });

  it.each([0, -1, 0.3, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s days', (days) => {
    expect(errorOf(reserve(makeBalance(), days)).code).toBe('leave.invalid_days');
  });
});

describe('consume, release, returnUsed', () => {
  const pending = makeBalance({ reserved: 3 });

  it('approval moves reserved days to used', () => {
    expect(balanceOf(consume(pending, 3))).toMatchObject({ reserved: 0, used: 3 });
  });

  it('rejection or cancellation of a pending request releases its days', () => {
    const b = balanceOf(release(pending, 3));
    expect(b).toEqual(makeBalance());
  });

  it('cancelling an approved request before it starts returns its days', () => {
    const approved = balanceOf(consume(pending, 3));
    expect(balanceOf(returnUsed(approved, 3))).toEqual(makeBalance());
  });

  it('refuses to move more than is held instead of going negative', () => {
    expect(errorOf(consume(pending, 4))).toEqual({ code: 'leave.balance_inconsistent', params: { days: 4, limit: 3 } });
    expect(errorOf(release(pending, 3.5)).code).toBe('leave.balance_inconsistent');
    expect(errorOf(returnUsed(pending, 1)).code).toBe('leave.balance_inconsistent');
  });

  it('refuses invalid amounts', () => {
    expect(errorOf(release(pending, 0)).code).toBe('leave.invalid_days');
    expect(errorOf(consume(pending, -3)).code).toBe('leave.invalid_days');
  });

  it('does not modify the snapshot it is given', () => {
    const before = { ...pending };
    consume(pending, 3);
    release(pending, 1);
    expect(pending).toEqual(before);
  });
});

describe('cuti bersama', () => {
  it('adds the cuti bersama days the employee had to work', () => {
    const b = balanceOf(addWorkedCutiBersama(makeBalance({ used: 12 }), 2));
    expect(b.added).toBe(2);
    expect(availableDays(b)).toBe(2);
  });

  it('refuses invalid amounts', () => {
    expect(errorOf(addWorkedCutiBersama(makeBalance(), 0)).code).toBe('leave.invalid_days');
  });
});

describe('forfeitAnnualLeave (cuti besar taken)', () => {
  it('removes every available day, added first, then deferred, carried over, entitled', () => {
    const b = makeBalance({ carriedOver: 6, deferred: 1, added: 2, used: 5, reserved: 1 });
    const { balance, forfeited } = forfeitAnnualLeave(b);
    expect(forfeited).toBe(15);
    expect(balance).toEqual({ ...b, added: 0, deferred: 0, carriedOver: 0, entitled: 6 });
    expect(availableDays(balance)).toBe(0);
  });

  it('keeps days already used or reserved', () => {
    const { balance } = forfeitAnnualLeave(makeBalance({ used: 12 }));
    expect(balance.entitled).toBe(12);
  });

  it('is a no-op on an empty balance', () => {
    expect(forfeitAnnualLeave(makeBalance({ entitled: 0 }))).toEqual({ balance: makeBalance({ entitled: 0 }), forfeited: 0 });
  });
});
