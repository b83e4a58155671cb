/**
 * One employee's cuti tahunan for one year (LeaveBalance in the database).
 * Credits: entitled (this year's right), carriedOver (from last year, capped),
 * deferred (days the official postponed from last year), added (cuti bersama
 * days worked). Debits: used (approved) and reserved (pending).
 * unusedYears: consecutive years before this one in which no CT was taken.
 */
export interface LeaveBalanceSnapshot {
  readonly entitled: number;
  readonly carriedOver: number;
  readonly deferred: number;
  readonly added: number;
  readonly used: number;
  readonly reserved: number;
  readonly unusedYears: number;
}

export const emptyBalance: LeaveBalanceSnapshot = {
  entitled: 0,
  carriedOver: 0,
  deferred: 0,
  added: 0,
  used: 0,
  reserved: 0,
  unusedYears: 0,
};

export function totalDays(b: LeaveBalanceSnapshot): number {
  return b.entitled + b.carriedOver + b.deferred + b.added;
}

/** Days the employee may still request this year (never negative). */
export function availableDays(b: LeaveBalanceSnapshot): number {
  return Math.max(0, totalDays(b) - b.used - b.reserved);
}
