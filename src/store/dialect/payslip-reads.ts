import type { Channel, PayslipKind } from '../../generated/sqlite/enums';
import type { Tx } from '../database';
import { timeOf, type Flag, type Time } from './read-values';
import type { RowReader } from './row-reader';

/* Fixed reads of the payslip chat (see fixed-reads.ts): the months, the slip, the identity it goes to, a queued row carrying it. */

/** A PUBLISHED payroll run (PayrollPeriod) that holds a slip of the employee. */
export interface PayslipRunRowData {
  period: string;
  kind: PayslipKind;
}

/** An employee's slip (Payslip) of a PUBLISHED run, with the run's revision. */
export interface PublishedSlipRowData {
  id: number;
  revision: number;
}

/** A chat identity as handing over a slip checks it: verified, whose, and whether that employee is active (null without one). */
export interface SlipIdentityRowData {
  verifiedAt: Date | null;
  channel: Channel;
  employeeId: number | null;
  employeeActive: boolean | null;
}

export interface PayslipReads {
  /** The PUBLISHED payroll runs holding a slip of the employee, newest month first and by kind within it, at most `limit`. */
  payslipRuns(tx: Tx, employeeId: number, limit: number): Promise<PayslipRunRowData[]>;
  /** The employee's slip of the PUBLISHED run of `period` and `kind`, or null. */
  publishedSlip(tx: Tx, employeeId: number, period: string, kind: PayslipKind): Promise<PublishedSlipRowData | null>;
  /** The chat identity `id` with its employee's active flag, or null when there is no such identity. */
  slipIdentity(tx: Tx, id: number): Promise<SlipIdentityRowData | null>;
  /** The id of the first (lowest id) PENDING outbox row of the chat carrying `ref`, or null. */
  pendingOutboxRef(tx: Tx, channel: Channel, chatId: string, ref: string): Promise<number | null>;
}

export function payslipReads(reader: RowReader): PayslipReads {
  const { text } = reader;
  return {
    async payslipRuns(tx, employeeId, limit) {
      // Ordered by the column itself (p."kind", not the text alias): PostgreSQL orders an enum as declared, as Prisma's orderBy does.
      return reader.rows<PayslipRunRowData>(
        tx,
        `SELECT p."period", ${text('p."kind"')} AS "kind" FROM "PayrollPeriod" p
         WHERE p."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "Payslip" s WHERE s."periodId" = p."id" AND s."employeeId" = ?)
         ORDER BY p."period" DESC, p."kind" ASC LIMIT ?`,
        [employeeId, limit],
      );
    },
    async publishedSlip(tx, employeeId, period, kind) {
      const [row] = await reader.rows<PublishedSlipRowData>(
        tx,
        `SELECT s."id", p."revision" FROM "Payslip" s JOIN "PayrollPeriod" p ON p."id" = s."periodId"
         WHERE s."employeeId" = ? AND p."period" = ? AND p."kind" = ? AND p."status" = 'PUBLISHED' LIMIT 1`,
        [employeeId, period, kind],
      );
      return row ?? null;
    },
    async slipIdentity(tx, id) {
      type IdentityRow = Omit<SlipIdentityRowData, 'verifiedAt' | 'employeeActive'> & { verifiedAt: Time | null; employeeActive: Flag | null };
      const [row] = await reader.rows<IdentityRow>(
        tx,
        `SELECT i."verifiedAt", ${text('i."channel"')} AS "channel", i."employeeId", e."active" AS "employeeActive"
         FROM "ChatIdentity" i LEFT JOIN "Employee" e ON e."id" = i."employeeId" WHERE i."id" = ?`,
        [id],
      );
      if (!row) return null;
      return { ...row, verifiedAt: timeOf(row.verifiedAt), employeeActive: row.employeeActive === null ? null : Boolean(row.employeeActive) };
    },
    async pendingOutboxRef(tx, channel, chatId, ref) {
      // Ordered by an expression, not by the primary key: on statistics that took the table for empty,
      // PostgreSQL walked the whole table along the key instead of looking the chat up.
      const [row] = await reader.rows<{ id: number }>(
        tx,
        `SELECT "id" FROM "OutboxMessage" WHERE "channel" = ? AND "chatId" = ? AND "ref" = ? AND "status" = 'PENDING' ORDER BY "id" + 0 LIMIT 1`,
        [channel, chatId, ref],
      );
      return row?.id ?? null;
    },
  };
}
