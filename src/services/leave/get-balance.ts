import { AppError } from '../../domain/app-error';
import { jakartaDay, yearOf } from '../../domain/day';
import { availableDays, type LeaveBalanceSnapshot, openingBalance } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import type { BalanceView, LeaveDeps } from './contract';
import { loadCtBalances } from './ledger/ct-balances';

export function toBalanceView(year: number, b: LeaveBalanceSnapshot): BalanceView {
  return {
    year,
    entitled: b.entitled,
    carriedOver: b.carriedOver,
    deferred: b.deferred,
    added: b.added,
    used: b.used,
    reserved: b.reserved,
    available: availableDays(b),
  };
}

/**
 * The employee's cuti tahunan of `year` (this year by default). A year without
 * a row yet shows the opening balance the rules give; nothing is written.
 */
export async function getBalance(tx: Tx, deps: LeaveDeps, employeeId: number, year?: number): Promise<BalanceView> {
  const wanted = year ?? yearOf(jakartaDay(deps.clock.now()));
  const rows = await loadCtBalances(tx, employeeId, [wanted]);
  const row = rows.get(wanted);
  if (row) return toBalanceView(wanted, row);
  const employee = await tx.employee.findUnique({
    where: { id: employeeId },
    select: { kind: true, serviceStart: true, contractEnd: true, hardToReach: true, gender: true },
  });
  if (!employee) throw new AppError('leave.employee_not_found');
  return toBalanceView(wanted, openingBalance(employee, wanted, await loadLeavePolicy(tx)));
}
