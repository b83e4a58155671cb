import { forfeitAnnualLeave, type LeavePolicy, restoreCredits } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { EmployeeRecord } from '../internal/load-leave-facts';
import type { ForfeitedCredits } from '../internal/stored-detail';
import { loadCtBalances, openCtBalances } from './ct-balances';
import { changeBalance } from './move-days';

/**
 * Cuti besar granted: the year's cuti tahunan is forfeited (what is not yet
 * used or held), through the ledger. Returns the credits removed, kept on the
 * request so a cancellation before the start can give them back exactly; null
 * when nothing was left.
 */
export async function forfeitYear(
  tx: Tx,
  employee: EmployeeRecord,
  policy: LeavePolicy,
  year: number,
  currentYear: number,
  requestId: number,
): Promise<ForfeitedCredits | null> {
  if (year < currentYear) return null;
  const row = (await openCtBalances(tx, employee, policy, [year], currentYear)).get(year);
  if (!row) return null;
  let credits: ForfeitedCredits | null = null;
  await changeBalance(tx, row, (current) => {
    const { balance, forfeited } = forfeitAnnualLeave(current);
    credits = forfeited === 0 ? null : {
      year,
      entitled: current.entitled - balance.entitled,
      carriedOver: current.carriedOver - balance.carriedOver,
      deferred: current.deferred - balance.deferred,
      added: current.added - balance.added,
    };
    return { balance, kind: 'forfeit', days: forfeited };
  }, { reason: 'cuti_besar', requestId });
  return credits;
}

/** Gives forfeited credits back (cuti besar cancelled before it started), through the ledger. */
export async function restoreForfeited(tx: Tx, employeeId: number, credits: readonly ForfeitedCredits[], requestId: number): Promise<void> {
  const rows = await loadCtBalances(tx, employeeId, credits.map((c) => c.year));
  for (const c of credits) {
    const row = rows.get(c.year);
    if (!row) continue;
    await changeBalance(tx, row, (current) => ({
      balance: restoreCredits(current, c),
      kind: 'restore',
      days: c.entitled + c.carriedOver + c.deferred + c.added,
    }), { reason: 'cancel', requestId });
  }
}
