import {
  type EmployeeFacts,
  type LeaveBalanceSnapshot,
  type LeavePolicy,
  openingBalance,
  rolloverYear,
} from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { BalanceRowData } from '../../../store/dialect/leave-reads';

/** A CT balance row: the domain's snapshot plus where it lives (as the fixed read gives it). */
export type BalanceRow = BalanceRowData;

export const balanceSelect = {
  id: true,
  employeeId: true,
  year: true,
  entitled: true,
  carriedOver: true,
  deferred: true,
  added: true,
  used: true,
  reserved: true,
  unusedYears: true,
} as const;

export function snapshotOf(row: BalanceRow): LeaveBalanceSnapshot {
  const { id: _id, employeeId: _employeeId, year: _year, ...snapshot } = row;
  return snapshot;
}

/** The employee's CT rows of `years`, by year (missing years absent). */
export async function loadCtBalances(tx: Tx, employeeId: number, years: readonly number[]): Promise<Map<number, BalanceRow>> {
  const rows = await tx.$dialect.reads.ctBalances(tx, employeeId, years);
  return new Map(rows.map((r) => [r.year, r]));
}

/**
 * The CT rows a request needs, created when missing: this year's from the
 * opening balance, a later year's from the projection of the year before
 * (rolloverYear), as validateLeaveRequest expects. Earlier years are never
 * created (the rules refuse leave in the past). Call under lockEmployee.
 */
export async function openCtBalances(
  tx: Tx,
  employee: { id: number } & EmployeeFacts,
  policy: LeavePolicy,
  years: readonly number[],
  currentYear: number,
): Promise<Map<number, BalanceRow>> {
  const wanted = [...new Set(years)].sort((a, b) => a - b);
  const lookup = [...new Set([currentYear, ...wanted.map((y) => y - 1)])];
  const rows = await loadCtBalances(tx, employee.id, [...wanted, ...lookup]);
  for (let year = currentYear; year <= Math.max(currentYear, ...wanted); year += 1) {
    if (rows.has(year)) continue;
    const previous = rows.get(year - 1);
    const snapshot = year === currentYear || !previous ? openingBalance(employee, year, policy) : rolloverYear(previous, employee, policy, year);
    const created = await tx.leaveBalance.create({
      data: { employeeId: employee.id, typeCode: 'CT', year, ...snapshot },
      select: balanceSelect,
    });
    rows.set(year, created);
  }
  return new Map(wanted.flatMap((y) => (rows.has(y) ? [[y, rows.get(y)!] as const] : [])));
}
