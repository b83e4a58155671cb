import { AppError } from '../../domain/app-error';
import {
  addWorkedCutiBersama,
  type BalanceResult,
  consume,
  type LeaveBalanceSnapshot,
  release,
  reserve,
  returnUsed,
  toAppError,
} from '../../domain/leave';
import type { Tx } from '../../store/database';
import { balanceSelect, type BalanceRow, snapshotOf } from './ct-balances';

/** What happens to CT days: the balance operations of src/domain/leave (creditWorked: cuti bersama days worked). */
export type DayMove = 'reserve' | 'release' | 'consume' | 'returnUsed' | 'creditWorked';

const OPERATIONS: Record<DayMove, (b: LeaveBalanceSnapshot, days: number) => BalanceResult> = {
  reserve, release, consume, returnUsed, creditWorked: addWorkedCutiBersama,
};

/**
 * Applies one balance operation to a row as a compare-and-set: the update
 * matches only while the row still holds the values the operation was computed
 * from, so two transactions racing on one balance can never both spend the same
 * days (on PostgreSQL the loser's update waits, re-reads, and matches nothing).
 * A lost race re-reads and tries again; a refusal of the rules throws its AppError.
 */
export async function moveDays(tx: Tx, row: BalanceRow, move: DayMove, days: number): Promise<BalanceRow> {
  let current = row;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = OPERATIONS[move](snapshotOf(current), days);
    if (!result.ok) throw toAppError(result.error);
    const next = await writeIfUnchanged(tx, current, result.balance);
    if (next) return next;
    current = await tx.leaveBalance.findUniqueOrThrow({ where: { id: row.id }, select: balanceSelect });
  }
  throw new AppError('leave.balance_changed');
}

/** Writes `next` over `row` if nobody changed the row in between; the new row, or null. */
export async function writeIfUnchanged(tx: Tx, row: BalanceRow, next: LeaveBalanceSnapshot): Promise<BalanceRow | null> {
  const { count } = await tx.leaveBalance.updateMany({
    where: {
      id: row.id,
      entitled: row.entitled,
      carriedOver: row.carriedOver,
      deferred: row.deferred,
      added: row.added,
      used: row.used,
      reserved: row.reserved,
    },
    data: {
      entitled: next.entitled,
      carriedOver: next.carriedOver,
      deferred: next.deferred,
      added: next.added,
      used: next.used,
      reserved: next.reserved,
    },
  });
  return count === 1 ? { ...row, ...next } : null;
}
