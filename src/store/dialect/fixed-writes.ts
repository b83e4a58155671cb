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

/** Every fixed write (`db.dialect.writes`, `tx.$dialect.writes`). */
export interface FixedWrites {
  /** Records that a slip went to a chat identity. */
  payslipDelivered(tx: Tx, row: PayslipDeliveryRow): Promise<void>;
}

export function fixedWrites(writer: RowWriter): FixedWrites {
  return {
    async payslipDelivered(tx, row) {
      await writer.run(tx, `INSERT INTO "PayslipDelivery" ("payslipId", "identityId", "deliveredAt") VALUES (?, ?, ?)`, [
        row.payslipId,
        row.identityId,
        writer.time(row.deliveredAt),
      ]);
    },
  };
}
