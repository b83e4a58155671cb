import { AppError } from '../../../domain/app-error';
import type { LeaveError, YearDays } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { LeaveRefused } from '../leave-refused';
import { loadCtBalances } from './ct-balances';
import { type DayMove, type MoveCause, moveDays } from './move-days';

/**
 * Applies one move to every year part a request holds (CT only; other types
 * hold nothing). A year without a balance row is an inconsistency, not a refusal.
 */
export async function moveCharged(tx: Tx, employeeId: number, charged: readonly YearDays[], move: DayMove, cause: MoveCause): Promise<void> {
  const parts = charged.filter((p) => p.days > 0);
  if (parts.length === 0) return;
  const rows = await loadCtBalances(tx, employeeId, parts.map((p) => p.year));
  for (const part of parts) {
    const row = rows.get(part.year);
    if (!row) throw new AppError('leave.balance_inconsistent', { days: part.days, limit: 0 });
    await moveDays(tx, row, move, part.days, cause);
  }
}

/** Holds new days for a request; running short is a refusal with the year concerned. */
export async function reserveCharged(tx: Tx, employeeId: number, charged: readonly YearDays[], cause: MoveCause): Promise<void> {
  try {
    await moveCharged(tx, employeeId, charged, 'reserve', cause);
  } catch (error) {
    if (error instanceof AppError && error.code === 'leave.insufficient_balance') {
      throw new LeaveRefused([{ code: 'leave.insufficient_balance', params: error.params } satisfies LeaveError]);
    }
    throw error;
  }
}

/** The request's held days move from `from` to `to` (other dates): give back, then hold again. */
export async function rechargeDays(tx: Tx, employeeId: number, from: readonly YearDays[], to: readonly YearDays[], cause: MoveCause): Promise<void> {
  await moveCharged(tx, employeeId, from, 'release', cause);
  await reserveCharged(tx, employeeId, to, cause);
}
