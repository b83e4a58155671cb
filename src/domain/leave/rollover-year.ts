import { addMonths, compareDays, yearOf } from '../day';
import { availableDays, emptyBalance, type LeaveBalanceSnapshot } from './balance';
import { annualEligibleIn, openingBalance } from './opening-balance';
import type { LeavePolicy } from './policy';
import type { EmployeeFacts } from './request';

export interface RolloverOptions {
  /** CT days of the closing year the official postponed (ditangguhkan) into the next. */
  readonly deferredDays?: number;
  /** The closing year's cuti tahunan was forfeited by cuti besar. */
  readonly annualForfeited?: boolean;
}

/**
 * True when the PPPK contract in force runs longer than `years` (end on or
 * after start + years), measured from the contract's own start (RULES.md:
 * "where the contract runs longer than 2 / 3 years"): a renewed 2-year
 * contract is a 2-year contract, however long the service before it.
 */
function contractLongerThan(employee: EmployeeFacts, years: number): boolean {
  if (!employee.contractEnd) return false;
  return compareDays(employee.contractEnd, addMonths(employee.contractStart ?? employee.serviceStart, 12 * years)) >= 0;
}

/** The most days usable next year (its own entitlement included) by carry-over. */
function carryCap(employee: EmployeeFacts, unusedYears: number, policy: LeavePolicy): number {
  const { carryOverCap, carryOverCapLong, longUnusedYears } = policy.annual;
  const longCap = unusedYears >= longUnusedYears ? carryOverCapLong : carryOverCap;
  if (employee.kind === 'PNS') return longCap;
  if (contractLongerThan(employee, policy.annual.pppkCarryOverLongContractYears)) return longCap;
  if (contractLongerThan(employee, policy.annual.pppkCarryOverContractYears)) return carryOverCap;
  return 0;
}

/**
 * Next year's opening snapshot from the closing year's. Unused days are the
 * credits minus used and reserved (days still pending at year end stay with the
 * closing year). They carry over so that next year's usable days, its own
 * entitlement included, reach at most 18, or 24 after 2+ years in a row without
 * any CT. Postponed days come first out of the unused days and lift the limit
 * to 24; a postponement lasts one year (the next rollover treats them as
 * ordinary unused days). PPPK carry over only with a contract longer than 2
 * years (18) or 3 years (24); the early allowance never carries over, and
 * nothing carries past the end of a contract.
 * Deterministic; the caller keeps it from running twice (LeaveBalance.rolledOverAt).
 */
export function rolloverYear(
  prev: LeaveBalanceSnapshot,
  employee: EmployeeFacts,
  policy: LeavePolicy,
  nextYear: number,
  options: RolloverOptions = {},
): LeaveBalanceSnapshot {
  if (employee.contractEnd && yearOf(employee.contractEnd) < nextYear) return emptyBalance;
  const next = openingBalance(employee, nextYear, policy);
  const eligible = annualEligibleIn(employee, nextYear - 1, policy) && !options.annualForfeited;
  if (!eligible) return { ...next, unusedYears: 0 };
  const unusedYears = prev.used === 0 && prev.reserved === 0 ? prev.unusedYears + 1 : 0;
  const unused = availableDays(prev);
  const deferredOut = Math.min(Math.max(0, options.deferredDays ?? 0), unused);
  const room = Math.max(0, carryCap(employee, unusedYears, policy) - next.entitled);
  const carriedOver = Math.min(unused - deferredOut, room);
  const deferredRoom = Math.max(0, policy.annual.deferredCap - next.entitled - carriedOver);
  return { ...next, carriedOver, deferred: Math.min(deferredOut, deferredRoom), unusedYears };
}
