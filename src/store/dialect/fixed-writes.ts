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

/** The days of a CT balance row (LeaveBalance) that the ledger changes. */
export interface BalanceDays {
  entitled: number;
  carriedOver: number;
  deferred: number;
  added: number;
  used: number;
  reserved: number;
}

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
}

const DAY_COLUMNS = ['entitled', 'carriedOver', 'deferred', 'added', 'used', 'reserved'] as const;
const daysOf = (days: BalanceDays) => DAY_COLUMNS.map((column) => days[column]);

const SET_BALANCE_DAYS = `
  UPDATE "LeaveBalance" SET ${DAY_COLUMNS.map((c) => `"${c}" = ?`).join(', ')}, "updatedAt" = ?
  WHERE "id" = ? AND ${DAY_COLUMNS.map((c) => `"${c}" = ?`).join(' AND ')}`;

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
  };
}
