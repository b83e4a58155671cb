import type { LeaveBalanceSnapshot } from '../../domain/leave/balance';
import type { Channel, Decision, HalfDay, LeaveStatus } from '../../generated/sqlite/enums';
import type { Tx } from '../database';
import type { RowReader } from './row-reader';
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

/** A decision's change to its request (LeaveRequest): its status, step, decision time and detail, and other dates when the decision set them. */
export interface RequestDecisionRow {
  id: number;
  status: LeaveStatus;
  currentStep: number;
  decidedAt: Date | null;
  /** The request's stored detail (Json). */
  detail: unknown;
  /** Other dates the decision gave (a change), or null to keep the request's. */
  dates: { startDate: string; endDate: string; days: number; halfDay: HalfDay | null } | null;
  /** updatedAt. */
  at: Date;
}

/** A Surat Izin Cuti (LeavePaper of kind LETTER, version 1) with its number. */
export interface LetterPaperRow {
  requestId: number;
  verificationCode: string;
  number: string;
  numberScope: string;
  numberYear: number;
  sequence: number;
  requestVersion: number;
  /** What the letter states (Json). */
  facts: unknown;
  issuedAt: Date;
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
  /**
   * Records a decision on request `row.id` and counts its version up, only
   * while the request is still at `version` (what the decision was read
   * with); answers whether it was.
   */
  requestDecided(tx: Tx, row: RequestDecisionRow, version: number): Promise<boolean>;
  /** The next number of a letter counter (`scope`, `year`): one atomic upsert, so no two callers get one number. */
  letterNumberTaken(tx: Tx, scope: string, year: number): Promise<number>;
  /** Records a Surat Izin Cuti; answers its id. */
  letterIssued(tx: Tx, row: LetterPaperRow): Promise<number>;
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

const DECIDE_REQUEST = `
  UPDATE "LeaveRequest" SET "status" = ?, "currentStep" = ?, "decidedAt" = ?, "version" = "version" + 1, "detail" = ?, "updatedAt" = ?
  WHERE "id" = ? AND "version" = ?`;

const DECIDE_REQUEST_WITH_DATES = `
  UPDATE "LeaveRequest" SET "status" = ?, "currentStep" = ?, "decidedAt" = ?, "version" = "version" + 1, "detail" = ?, "updatedAt" = ?,
    "startDate" = ?, "endDate" = ?, "days" = ?, "halfDay" = ?
  WHERE "id" = ? AND "version" = ?`;

const TAKE_LETTER_NUMBER = `
  INSERT INTO "LetterCounter" ("scope", "year", "last") VALUES (?, ?, 1)
  ON CONFLICT ("scope", "year") DO UPDATE SET "last" = "LetterCounter"."last" + 1
  RETURNING "last"`;

const INSERT_LETTER = `
  INSERT INTO "LeavePaper" ("requestId", "kind", "version", "status", "verificationCode", "number", "numberScope", "numberYear", "sequence",
    "requestVersion", "facts", "issuedAt")
  VALUES (?, 'LETTER', 1, 'CURRENT', ?, ?, ?, ?, ?, ?, ?, ?)
  RETURNING "id"`;

/**
 * `writer` runs the writes; the two that answer a value (RETURNING) run
 * through `reader`, which runs any statement that gives rows in the
 * caller's transaction or on its own. A Json column takes the value's JSON
 * text on both databases, as Prisma writes it.
 */
export function fixedWrites(writer: RowWriter, reader: RowReader): FixedWrites {
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
    async requestDecided(tx, row, version) {
      const { dates } = row;
      const changed = await writer.run(tx, dates ? DECIDE_REQUEST_WITH_DATES : DECIDE_REQUEST, [
        row.status, row.currentStep, row.decidedAt && writer.time(row.decidedAt), JSON.stringify(row.detail), writer.time(row.at),
        ...(dates ? [dates.startDate, dates.endDate, dates.days, dates.halfDay] : []),
        row.id, version,
      ]);
      return changed === 1;
    },
    async letterNumberTaken(tx, scope, year) {
      const [row] = await reader.rows<{ last: number | bigint }>(tx, TAKE_LETTER_NUMBER, [scope, year]);
      if (row === undefined) throw new Error('letter counter returned no row');
      return Number(row.last);
    },
    async letterIssued(tx, row) {
      const [inserted] = await reader.rows<{ id: number | bigint }>(tx, INSERT_LETTER, [
        row.requestId, row.verificationCode, row.number, row.numberScope, row.numberYear, row.sequence, row.requestVersion,
        JSON.stringify(row.facts), writer.time(row.issuedAt),
      ]);
      if (inserted === undefined) throw new Error('letter insert returned no row');
      return Number(inserted.id);
    },
  };
}
