import { type IsoDay, yearOf } from '../day';
import { emptyBalance, type LeaveBalanceSnapshot } from './balance';
import { serviceAnniversary } from './duration';
import type { LeavePolicy } from './policy';
import type { EmployeeFacts } from './request';

/** The day the employee's cuti tahunan right starts (1 year of service by default). */
export function annualEligibleFrom(employee: Pick<EmployeeFacts, 'serviceStart'>, policy: LeavePolicy): IsoDay {
  return serviceAnniversary(employee.serviceStart, policy.types.CT.minServiceYears);
}

/** True when the right to cuti tahunan starts in or before `year`. */
export function annualEligibleIn(employee: Pick<EmployeeFacts, 'serviceStart'>, year: number, policy: LeavePolicy): boolean {
  return yearOf(annualEligibleFrom(employee, policy)) <= year;
}

/**
 * The day `year`'s entitlement becomes usable, when that is after the year's
 * first day: the anniversary that completes the years of service cuti tahunan
 * needs (R2: a newcomer has 12 days that year, usable only from that day).
 * Null when the days are usable all year, or the right starts only later.
 */
export function annualUsableFrom(employee: Pick<EmployeeFacts, 'serviceStart'>, year: number, policy: LeavePolicy): IsoDay | null {
  const from = annualEligibleFrom(employee, policy);
  return yearOf(from) === year && from > `${year}-01-01` ? from : null;
}

/**
 * A year's cuti tahunan before any carry-over:
 * - the full entitlement (12) in the year the employee completes 1 year of
 *   service and every year after; the days can be used from that anniversary
 *   on (validateLeaveRequest checks the service at the start date);
 * - 0 for a PNS before that year;
 * - for a PPPK before that year, the early allowance (6), which validation only
 *   lets them use for the listed reasons and rolloverYear never carries over;
 * - 0 before the employee starts or after a PPPK contract has ended.
 */
export function openingBalance(employee: EmployeeFacts, year: number, policy: LeavePolicy): LeaveBalanceSnapshot {
  if (!policy.types.CT.kinds.includes(employee.kind)) return emptyBalance;
  if (yearOf(employee.serviceStart) > year) return emptyBalance;
  if (employee.contractEnd && yearOf(employee.contractEnd) < year) return emptyBalance;
  if (annualEligibleIn(employee, year, policy)) return { ...emptyBalance, entitled: policy.annual.entitlementDays };
  if (employee.kind === 'PPPK') return { ...emptyBalance, entitled: policy.annual.pppkEarlyDays };
  return emptyBalance;
}
