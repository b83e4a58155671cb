import { type DecisionReads, decisionReads } from './decision-reads';
import { type LeaveReads, leaveReads } from './leave-reads';
import { type PayslipReads, payslipReads } from './payslip-reads';
import type { RowReader } from './row-reader';

/*
 * The reads a chat turn makes most often, written once as SQL both databases
 * run (only enum columns differ: RowReader.text), instead of through Prisma's
 * query builder: on SQLite they run synchronously on the transaction's
 * connection. Each hands back plain rows in the shape the Prisma models give
 * (times as Date, flags as booleans, JSON parsed), so the services reading
 * them are unchanged. They are grouped by what reads them (leave-reads.ts,
 * payslip-reads.ts, decision-reads.ts); test/store/dialect/fixed-reads.test.ts,
 * payslip-reads.test.ts and decision-reads.test.ts hold each one to what
 * Prisma reads, on both databases.
 */

/** Every fixed read (`db.dialect.reads`, `tx.$dialect.reads`). */
export type FixedReads = LeaveReads & PayslipReads & DecisionReads;

export function fixedReads(reader: RowReader): FixedReads {
  return { ...leaveReads(reader), ...payslipReads(reader), ...decisionReads(reader) };
}
