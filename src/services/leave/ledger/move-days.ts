import { AppError } from '../../../domain/app-error';
import {
  addWorkedCutiBersama,
  type BalanceResult,
  consume,
  type LeaveBalanceSnapshot,
  release,
  reserve,
  returnUsed,
  toAppError,
} from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import { balanceSelect, type BalanceRow, snapshotOf } from './ct-balances';

/** What happens to CT days: the balance operations of src/domain/leave (creditWorked: cuti bersama days worked). */
export type DayMove = 'reserve' | 'release' | 'consume' | 'returnUsed' | 'creditWorked';

/** Every kind of row the ledger writes: the day moves, and cuti besar forfeiting or restoring credits. */
export type LedgerKind = DayMove | 'forfeit' | 'restore';

/** Why days moved: the use case behind the move. */
export type MoveReason =
  | 'submit'
  | 'change'
  | 'decision'
  | 'cancel'
  | 'recount'
  | 'cuti_bersama_worked'
  | 'cuti_besar'
  | 'return_to_work'
  | 'sick_conversion';

/** The cause recorded with a move: its reason, the request concerned, the cuti bersama day worked. */
export interface MoveCause {
  reason: MoveReason;
  requestId?: number | null;
  workedDate?: string | null;
}

const OPERATIONS: Record<DayMove, (b: LeaveBalanceSnapshot, days: number) => BalanceResult> = {
  reserve, release, consume, returnUsed, creditWorked: addWorkedCutiBersama,
};

/**
 * The one way a CT balance row changes after it is opened: applies one
 * balance operation as a compare-and-set (the update matches only while the
 * row still holds the values the operation was computed from, so two
 * transactions racing on one balance never both spend the same days; on
 * PostgreSQL the loser's update waits, re-reads, and matches nothing) and
 * records the move in LeaveBalanceMove. A lost race re-reads and tries again;
 * a refusal of the rules throws its AppError.
 */
export async function moveDays(tx: Tx, row: BalanceRow, move: DayMove, days: number, cause: MoveCause): Promise<BalanceRow> {
  return changeBalance(tx, row, (current) => {
    const result = OPERATIONS[move](snapshotOf(current), days);
    if (!result.ok) throw toAppError(result.error);
    return { balance: result.balance, kind: move, days };
  }, cause);
}

/** One computed change of a row: the new values, and the ledger kind and days to record (no row when days is 0). */
export interface BalanceChange {
  balance: LeaveBalanceSnapshot;
  kind: LedgerKind;
  days: number;
}

/**
 * Computes a change from the row as it is, writes it if nobody changed the
 * row in between (else re-reads, at most three times) and records it.
 * moveDays and the cuti besar forfeit go through here; nothing else writes a
 * balance row's credits, held or used days.
 */
export async function changeBalance(
  tx: Tx,
  row: BalanceRow,
  compute: (current: BalanceRow) => BalanceChange,
  cause: MoveCause,
): Promise<BalanceRow> {
  let current = row;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const change = compute(current);
    const next = await writeIfUnchanged(tx, current, change.balance);
    if (next) {
      if (change.days !== 0) await recordMove(tx, next, change, cause);
      return next;
    }
    current = await tx.leaveBalance.findUniqueOrThrow({ where: { id: row.id }, select: balanceSelect });
  }
  throw new AppError('leave.balance_changed');
}

async function writeIfUnchanged(tx: Tx, row: BalanceRow, next: LeaveBalanceSnapshot): Promise<BalanceRow | null> {
  // Stamped with the wall clock, as Prisma stamps @updatedAt.
  const written = await tx.$dialect.writes.balanceDaysSet(tx, row.id, row, next, new Date());
  return written ? { ...row, ...next } : null;
}

async function recordMove(tx: Tx, row: BalanceRow, change: BalanceChange, cause: MoveCause): Promise<void> {
  await tx.$dialect.writes.balanceMoved(tx, {
    employeeId: row.employeeId,
    year: row.year,
    typeCode: 'CT',
    kind: change.kind,
    days: change.days,
    reason: cause.reason,
    requestId: cause.requestId ?? null,
    workedDate: cause.workedDate ?? null,
    // The wall clock, as Prisma fills @default(now()).
    at: new Date(),
  });
}
