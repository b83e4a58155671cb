import type { Decision, HalfDay, LeaveStatus, StepRole, StepStatus } from '../../generated/sqlite/enums';
import type { LeaveBalanceSnapshot } from '../../domain/leave';
import type { Tx } from '../database';
import { list, idList, timeOf, jsonOf, type Flag, type Time } from './read-values';
import type { RowReader } from './row-reader';

/*
 * Fixed reads of leave (see fixed-reads.ts): CT balances, request views and
 * the requests holding days, and the rules' version.
 */

/** A CT balance row (LeaveBalance, typeCode 'CT'): the domain's snapshot and where it lives. */
export interface BalanceRowData extends LeaveBalanceSnapshot {
  id: number;
  employeeId: number;
  year: number;
}

/**
 * A LeaveRequest row's columns as the fixed reads give them (enums as their
 * text); each read's row picks the columns it selects.
 */
export interface LeaveRequestColumns {
  id: number;
  ref: string;
  employeeId: number;
  typeCode: string;
  startDate: string;
  endDate: string;
  halfDay: HalfDay | null;
  days: number;
  reason: string;
  address: string;
  phoneDuring: string | null;
  detail: unknown;
  status: LeaveStatus;
  currentStep: number;
  proxy: boolean;
  submittedById: number;
  cancelReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  version: number;
}

/** A LeaveRequest row as a view of it needs. */
export type LeaveRequestRowData = Omit<LeaveRequestColumns, 'version'>;

/** An ApprovalStep row as a view of its request needs. */
export interface ApprovalStepRowData {
  requestId: number;
  order: number;
  role: StepRole;
  approverId: number;
  delegateId: number | null;
  status: StepStatus;
  decision: Decision | null;
  note: string | null;
  decidedById: number | null;
  decidedAt: Date | null;
  changedStart: string | null;
  changedEnd: string | null;
  activatedAt: Date | null;
}

/** A request still holding days, as the leave rules weigh a new one against it. */
export type HeldRequestRowData = Pick<LeaveRequestColumns, 'id' | 'ref' | 'typeCode' | 'status' | 'startDate' | 'endDate' | 'halfDay' | 'days' | 'detail'>;

/** Which requests: by id (with `employeeId`, only theirs), or an employee's newest first (only of `statuses` when given). */
export type LeaveRequestFilter =
  | { ids: readonly number[]; employeeId?: number }
  | { employeeId: number; statuses?: readonly LeaveStatus[]; limit: number };

export interface LeaveReads {
  /** The employee's CT balance rows of `years`. */
  ctBalances(tx: Tx, employeeId: number, years: readonly number[]): Promise<BalanceRowData[]>;
  /** Requests by id (any order), or an employee's (optionally of `statuses`) newest first, at most `limit`. */
  leaveRequests(tx: Tx, filter: LeaveRequestFilter): Promise<LeaveRequestRowData[]>;
  /** The steps of the requests, by request and order. */
  approvalSteps(tx: Tx, requestIds: readonly number[]): Promise<ApprovalStepRowData[]>;
  /** Employees by id with their unit's name. */
  peopleWithUnits(tx: Tx, ids: readonly number[]): Promise<Array<{ id: number; name: string; nip: string; unitName: string }>>;
  /** How many documents each of the requests has (requests without any absent). */
  documentCounts(tx: Tx, requestIds: readonly number[]): Promise<Map<number, number>>;
  /** The employee's requests in `statuses`, but `exceptId`. */
  heldRequests(tx: Tx, employeeId: number, statuses: readonly LeaveStatus[], exceptId?: number): Promise<HeldRequestRowData[]>;
  /** The token of the rules' current version (RulesVersion), or null before the first is written. */
  rulesVersion(tx: Tx): Promise<string | null>;
}

export function leaveReads(reader: RowReader): LeaveReads {
  const { text } = reader;
  const requestColumns = `
    r."id", r."ref", r."employeeId", r."typeCode", r."startDate", r."endDate", ${text('r."halfDay"')} AS "halfDay", r."days", r."reason",
    r."address", r."phoneDuring", ${text('r."detail"')} AS "detail", ${text('r."status"')} AS "status", r."currentStep", r."proxy",
    r."submittedById", r."cancelReason", r."decidedAt", r."createdAt"`;
  type RequestRow = Omit<LeaveRequestRowData, 'proxy' | 'decidedAt' | 'createdAt'> & { proxy: Flag; decidedAt: Time | null; createdAt: Time };
  const requestOf = (row: RequestRow): LeaveRequestRowData => ({
    ...row,
    detail: jsonOf(row.detail),
    proxy: Boolean(row.proxy),
    decidedAt: timeOf(row.decidedAt),
    createdAt: timeOf(row.createdAt),
  });
  return {
    async ctBalances(tx, employeeId, years) {
      const wanted = [...new Set(years)];
      if (wanted.length === 0) return [];
      return reader.rows<BalanceRowData>(
        tx,
        `SELECT "id", "employeeId", "year", "entitled", "carriedOver", "deferred", "added", "used", "reserved", "unusedYears"
         FROM "LeaveBalance" WHERE "employeeId" = ? AND "typeCode" = 'CT' AND "year" IN (${list(wanted.length)})`,
        [employeeId, ...wanted],
      );
    },
    async leaveRequests(tx, filter) {
      let rows: RequestRow[];
      if ('ids' in filter) {
        if (filter.ids.length === 0) return [];
        const owner = filter.employeeId === undefined ? '' : ' AND r."employeeId" = ?';
        const ids = idList(filter.ids);
        rows = await reader.rows<RequestRow>(
          tx,
          `SELECT ${requestColumns} FROM "LeaveRequest" r WHERE r."id" IN (${ids.marks})${owner}`,
          filter.employeeId === undefined ? ids.values : [...ids.values, filter.employeeId],
        );
      } else {
        const statuses = filter.statuses ?? [];
        const inStatus = statuses.length === 0 ? '' : ` AND r."status" IN (${list(statuses.length)})`;
        rows = await reader.rows<RequestRow>(
          tx,
          `SELECT ${requestColumns} FROM "LeaveRequest" r WHERE r."employeeId" = ?${inStatus}
           ORDER BY r."createdAt" DESC, r."id" DESC LIMIT ?`,
          [filter.employeeId, ...statuses, filter.limit],
        );
      }
      return rows.map(requestOf);
    },
    async approvalSteps(tx, requestIds) {
      if (requestIds.length === 0) return [];
      type StepRow = Omit<ApprovalStepRowData, 'decidedAt' | 'activatedAt'> & { decidedAt: Time | null; activatedAt: Time | null };
      const ids = idList(requestIds);
      const rows = await reader.rows<StepRow>(
        tx,
        `SELECT "requestId", "order", ${text('"role"')} AS "role", "approverId", "delegateId", ${text('"status"')} AS "status",
                ${text('"decision"')} AS "decision", "note", "decidedById", "decidedAt", "changedStart", "changedEnd", "activatedAt"
         FROM "ApprovalStep" WHERE "requestId" IN (${ids.marks}) ORDER BY "requestId", "order"`,
        ids.values,
      );
      return rows.map((row) => ({ ...row, decidedAt: timeOf(row.decidedAt), activatedAt: timeOf(row.activatedAt) }));
    },
    async peopleWithUnits(tx, ids) {
      if (ids.length === 0) return [];
      const wanted = idList(ids);
      return reader.rows(
        tx,
        `SELECT e."id", e."name", e."nip", u."name" AS "unitName" FROM "Employee" e JOIN "OrgUnit" u ON u."id" = e."unitId"
         WHERE e."id" IN (${wanted.marks})`,
        wanted.values,
      );
    },
    async documentCounts(tx, requestIds) {
      if (requestIds.length === 0) return new Map();
      const ids = idList(requestIds);
      const rows = await reader.rows<{ requestId: number; n: number | bigint }>(
        tx,
        `SELECT "requestId", COUNT(*) AS "n" FROM "LeaveDocument" WHERE "requestId" IN (${ids.marks}) GROUP BY "requestId"`,
        ids.values,
      );
      return new Map(rows.map((row) => [row.requestId, Number(row.n)]));
    },
    async heldRequests(tx, employeeId, statuses, exceptId) {
      if (statuses.length === 0) return [];
      const except = exceptId === undefined ? '' : ' AND r."id" <> ?';
      const rows = await reader.rows<HeldRequestRowData>(
        tx,
        `SELECT r."id", r."ref", r."typeCode", ${text('r."status"')} AS "status", r."startDate", r."endDate", ${text('r."halfDay"')} AS "halfDay",
                r."days", ${text('r."detail"')} AS "detail"
         FROM "LeaveRequest" r WHERE r."employeeId" = ? AND r."status" IN (${list(statuses.length)})${except}`,
        exceptId === undefined ? [employeeId, ...statuses] : [employeeId, ...statuses, exceptId],
      );
      return rows.map((row) => ({ ...row, detail: jsonOf(row.detail) }));
    },
    async rulesVersion(tx) {
      const [row] = await reader.rows<{ version: string }>(tx, `SELECT "version" FROM "RulesVersion" WHERE "id" = 1`, []);
      return row?.version ?? null;
    },
  };
}
