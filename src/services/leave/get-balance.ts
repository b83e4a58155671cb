import { AppError } from '../../domain/app-error';
import { type IsoDay, jakartaDay, yearOf } from '../../domain/day';
import { annualUsableFrom, availableDays, type LeaveBalanceSnapshot, openingBalance } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadLeavePolicyForUnit } from '../policy/load-leave-policy';
import type { EmployeeFacts, LeavePolicy } from '../../domain/leave';
import type { BalanceView, LeaveDeps } from './contract';
import { loadCtBalances } from './ledger/ct-balances';

export function toBalanceView(year: number, b: LeaveBalanceSnapshot, usableFrom: IsoDay | null = null): BalanceView {
  return {
    year,
    entitled: b.entitled,
    carriedOver: b.carriedOver,
    deferred: b.deferred,
    added: b.added,
    used: b.used,
    reserved: b.reserved,
    available: availableDays(b),
    usableFrom,
  };
}

/** The employee as the balance needs them. */
type BalanceFacts = EmployeeFacts & { unitId: number };

/**
 * The employee's cuti tahunan of `year` (this year by default), with the day
 * its days become usable while that is ahead. A year without a row yet shows
 * the opening balance the rules give; nothing is written. `known` spares
 * reading what the caller already holds (the chat's employee, their rules).
 */
export async function getBalance(
  tx: Tx,
  deps: LeaveDeps,
  employeeId: number,
  year?: number,
  known?: { policy: LeavePolicy; employee?: BalanceFacts },
): Promise<BalanceView> {
  const today = jakartaDay(deps.clock.now());
  const wanted = year ?? yearOf(today);
  const employee =
    known?.employee ??
    (await tx.employee.findUnique({
      where: { id: employeeId },
      select: { kind: true, serviceStart: true, contractEnd: true, contractStart: true, hardToReach: true, gender: true, unitId: true },
    }));
  if (!employee) throw new AppError('leave.employee_not_found');
  const policy = known?.policy ?? (await loadLeavePolicyForUnit(tx, employee.unitId));
  const from = annualUsableFrom(employee, wanted, policy);
  const usableFrom = from && from > today ? from : null;
  const row = (await loadCtBalances(tx, employeeId, [wanted])).get(wanted);
  return toBalanceView(wanted, row ?? openingBalance(employee, wanted, policy), usableFrom);
}
