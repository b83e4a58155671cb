import type { LeaveBalanceSnapshot } from '../../domain/leave/balance';
import type { Channel, Decision } from '../../generated/sqlite/enums';
import type { Tx } from '../database';
import type { RowWriter } from './row-writer';

/*
 * Writes chat turns make, written once as SQL both databases run instead of
 * through Prisma's query builder (an operation there costs a few hundred
 * microseconds of JavaScript; on SQLite these run synchronously on the
 * transaction's connection). test/store/dialect/fixed-writes.test.ts holds
 * each to the row Prisma writes, on both databases.
 */

/** A payslip handed to a chat identity (PayslipDelivery). */
export interface PayslipDeliveryRow {
  payslipId: number;
  identityId: number;
  deliveredAt: Date;
}

/** The days of a CT balance row (LeaveBalance) that the ledger changes: all of the domain's snapshot but the count of unused years. */
export type BalanceDays = Omit<LeaveBalanceSnapshot, 'unusedYears'>;

/** One move of CT days (LeaveBalanceMove). */
export interface BalanceMoveRow {
  employeeId: number;
  year: number;
  typeCode: string;
  kind: string;
  days: number;
  reason: string;
  requestId: number | null;
  workedDate: string | null;
  at: Date;
}

/** An approver's decision on a step (ApprovalStep). */
export interface StepDecisionRow {
  id: number;
  decision: Decision;
  note: string | null;
  decidedById: number;
  decidedAt: Date;
  decidedVia: Channel | null;
  changedStart: string | null;
  changedEnd: string | null;
}

/** Every fixed write (`db.dialect.writes`, `tx.$dialect.writes`). */
export interface FixedWrites {
  /** Records that a slip went to a chat identity. */
  payslipDelivered(tx: Tx, row: PayslipDeliveryRow): Promise<void>;
  /**
   * Sets balance row `id`'s days to `next`, stamped `at`, only while it
   * still holds `current` (a compare-and-set); answers whether it did.
   */
  balanceDaysSet(tx: Tx, id: number, current: BalanceDays, next: BalanceDays, at: Date): Promise<boolean>;
  /** Records a move of CT days. */
  balanceMoved(tx: Tx, row: BalanceMoveRow): Promise<void>;
  /** Records a decision on a step, only while the step is PENDING (of two deciders, one wins); answers whether it was. */
  stepDecided(tx: Tx, row: StepDecisionRow): Promise<boolean>;
  /** Skips the request's steps that never came to decide (WAITING or PENDING). */
  remainingStepsSkipped(tx: Tx, requestId: number): Promise<void>;
}

const DAY_COLUMNS = ['entitled', 'carriedOver', 'deferred', 'added', 'used', 'reserved'] as const;
const daysOf = (days: BalanceDays) => DAY_COLUMNS.map((column) => days[column]);

const SET_BALANCE_DAYS = `
  UPDATE "LeaveBalance" SET ${DAY_COLUMNS.map((c) => `"${c}" = ?`).join(', ')}, "updatedAt" = ?
  WHERE "id" = ? AND ${DAY_COLUMNS.map((c) => `"${c}" = ?`).join(' AND ')}`;

const DECIDE_STEP = `
  UPDATE "ApprovalStep" SET "status" = 'DECIDED', "decision" = ?, "note" = ?, "decidedById" = ?, "decidedAt" = ?, "decidedVia" = ?,
    "changedStart" = ?, "changedEnd" = ?
  WHERE "id" = ? AND "status" = 'PENDING'`;

const SKIP_REMAINING_STEPS = `UPDATE "ApprovalStep" SET "status" = 'SKIPPED' WHERE "requestId" = ? AND "status" IN ('WAITING', 'PENDING')`;

const INSERT_BALANCE_MOVE = `
  INSERT INTO "LeaveBalanceMove" ("employeeId", "year", "typeCode", "kind", "days", "reason", "requestId", "workedDate", "at")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function fixedWrites(writer: RowWriter): FixedWrites {
  return {
    async payslipDelivered(tx, row) {
      await writer.run(tx, `INSERT INTO "PayslipDelivery" ("payslipId", "identityId", "deliveredAt") VALUES (?, ?, ?)`, [
        row.payslipId,
        row.identityId,
        writer.time(row.deliveredAt),
      ]);
    },
    async balanceDaysSet(tx, id, current, next, at) {
      return (await writer.run(tx, SET_BALANCE_DAYS, [...daysOf(next), writer.time(at), id, ...daysOf(current)])) === 1;
    },
    async balanceMoved(tx, row) {
      await writer.run(tx, INSERT_BALANCE_MOVE, [
        row.employeeId, row.year, row.typeCode, row.kind, row.days, row.reason, row.requestId, row.workedDate, writer.time(row.at),
      ]);
    },
    async stepDecided(tx, row) {
      const changed = await writer.run(tx, DECIDE_STEP, [
        row.decision, row.note, row.decidedById, writer.time(row.decidedAt), row.decidedVia, row.changedStart, row.changedEnd, row.id,
      ]);
      return changed === 1;
    },
    async remainingStepsSkipped(tx, requestId) {
      await writer.run(tx, SKIP_REMAINING_STEPS, [requestId]);
    },
  };
}
