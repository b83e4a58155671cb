import type { LeaveBalanceSnapshot } from './balance';
import { availableDays } from './balance';
import { type LeaveError, leaveError } from './leave-error';

export type BalanceResult =
  | { readonly ok: true; readonly balance: LeaveBalanceSnapshot }
  | { readonly ok: false; readonly error: LeaveError };

/** Leave days are positive multiples of a half day. */
export function isLeaveDayAmount(days: number): boolean {
  return Number.isFinite(days) && days > 0 && Number.isInteger(days * 2);
}

function ok(balance: LeaveBalanceSnapshot): BalanceResult {
  return { ok: true, balance };
}

function fail(error: LeaveError): BalanceResult {
  return { ok: false, error };
}

/** Moves `days` out of a debit holding only `limit`: refused rather than going negative. */
function guard(days: number, limit: number, apply: () => LeaveBalanceSnapshot): BalanceResult {
  if (!isLeaveDayAmount(days)) return fail(leaveError('leave.invalid_days', { days }));
  if (days > limit) return fail(leaveError('leave.balance_inconsistent', { days, limit }));
  return ok(apply());
}

/** A submitted request holds its days. */
export function reserve(b: LeaveBalanceSnapshot, days: number): BalanceResult {
  if (!isLeaveDayAmount(days)) return fail(leaveError('leave.invalid_days', { days }));
  const available = availableDays(b);
  if (days > available) return fail(leaveError('leave.insufficient_balance', { available, requested: days }));
  return ok({ ...b, reserved: b.reserved + days });
}

/** A pending request rejected, deferred or cancelled gives its days back. */
export function release(b: LeaveBalanceSnapshot, days: number): BalanceResult {
  return guard(days, b.reserved, () => ({ ...b, reserved: b.reserved - days }));
}

/** Approval: the reserved days become used. */
export function consume(b: LeaveBalanceSnapshot, days: number): BalanceResult {
  return guard(days, b.reserved, () => ({ ...b, reserved: b.reserved - days, used: b.used + days }));
}

/** An approved request cancelled before its start returns its days. */
export function returnUsed(b: LeaveBalanceSnapshot, days: number): BalanceResult {
  return guard(days, b.used, () => ({ ...b, used: b.used - days }));
}

/** Cuti bersama days the employee had to work are added to cuti tahunan. */
export function addWorkedCutiBersama(b: LeaveBalanceSnapshot, days: number): BalanceResult {
  if (!isLeaveDayAmount(days)) return fail(leaveError('leave.invalid_days', { days }));
  return ok({ ...b, added: b.added + days });
}

/**
 * Cuti besar taken: the year's cuti tahunan is forfeited. Credits shrink (added,
 * then deferred, carried over, entitled) until nothing is left beyond what is
 * already used or reserved; `forfeited` is how many days were removed.
 */
export function forfeitAnnualLeave(b: LeaveBalanceSnapshot): { balance: LeaveBalanceSnapshot; forfeited: number } {
  let excess = availableDays(b);
  const forfeited = excess;
  const take = (credit: number): number => {
    const cut = Math.min(credit, excess);
    excess -= cut;
    return credit - cut;
  };
  const added = take(b.added);
  const deferred = take(b.deferred);
  const carriedOver = take(b.carriedOver);
  const entitled = take(b.entitled);
  return { balance: { ...b, added, deferred, carriedOver, entitled }, forfeited };
}

/** Credits forfeited by a cuti besar come back as they were (the cuti besar cancelled before it started). */
export function restoreCredits(
  b: LeaveBalanceSnapshot,
  credits: Pick<LeaveBalanceSnapshot, 'entitled' | 'carriedOver' | 'deferred' | 'added'>,
): LeaveBalanceSnapshot {
  return {
    ...b,
    entitled: b.entitled + credits.entitled,
    carriedOver: b.carriedOver + credits.carriedOver,
    deferred: b.deferred + credits.deferred,
    added: b.added + credits.added,
  };
}
