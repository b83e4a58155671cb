import { AppError } from '../../domain/app-error';
import { forfeitAnnualLeave, type LeavePolicy } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { openCtBalances } from './ct-balances';
import type { EmployeeRecord } from './load-leave-facts';
import type { ForfeitedCredits } from './stored-detail';
import { writeIfUnchanged } from './move-days';

/**
 * Cuti besar granted: the year's cuti tahunan is forfeited (what is not yet
 * used or held). Returns the credits removed, kept on the request so a
 * cancellation before the start can give them back exactly; null when nothing was left.
 */
export async function forfeitYear(
  tx: Tx,
  employee: EmployeeRecord,
  policy: LeavePolicy,
  year: number,
  currentYear: number,
): Promise<ForfeitedCredits | null> {
  if (year < currentYear) return null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = (await openCtBalances(tx, employee, policy, [year], currentYear)).get(year);
    if (!row) return null;
    const { balance, forfeited } = forfeitAnnualLeave(row);
    if (forfeited === 0) return null;
    if (await writeIfUnchanged(tx, row, balance)) {
      return {
        year,
        entitled: row.entitled - balance.entitled,
        carriedOver: row.carriedOver - balance.carriedOver,
        deferred: row.deferred - balance.deferred,
        added: row.added - balance.added,
      };
    }
  }
  throw new AppError('leave.balance_changed');
}

/** Gives forfeited credits back (cuti besar cancelled before it started). */
export async function restoreForfeited(tx: Tx, employeeId: number, credits: readonly ForfeitedCredits[]): Promise<void> {
  for (const c of credits) {
    await tx.leaveBalance.updateMany({
      where: { employeeId, typeCode: 'CT', year: c.year },
      data: {
        entitled: { increment: c.entitled },
        carriedOver: { increment: c.carriedOver },
        deferred: { increment: c.deferred },
        added: { increment: c.added },
      },
    });
  }
}
