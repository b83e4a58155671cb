import type { Channel, Decision, EmployeeKind, Gender, HalfDay, LeaveStatus, PayslipKind, StepRole, StepStatus } from '../../generated/sqlite/enums';
import type { Tx } from '../database';
import type { RowReader } from './row-reader';
import { APPROVER_OF_E } from './turn-read-row';

/*
 * The reads a chat turn makes most often, written once as SQL both databases
 * run (only enum columns differ: RowReader.text), instead of through Prisma's
 * query builder: on SQLite they run synchronously on the transaction's
 * connection. Each hands back plain rows in the shape the Prisma models give
 * (times as Date, flags as booleans, JSON parsed), so the services reading
 * them are unchanged. test/store/dialect/fixed-reads.test.ts (and
 * payslip-reads, decision-reads) holds each one to what Prisma reads, on both
 * databases.
 */

/** A CT balance row (LeaveBalance, typeCode 'CT'). */
export interface BalanceRowData {
  id: number;
  employeeId: number;
  year: number;
  entitled: number;
  carriedOver: number;
  deferred: number;
  added: number;
  used: number;
  reserved: number;
  unusedYears: number;
}

/** A LeaveRequest row as a view of it needs. */
export interface LeaveRequestRowData {
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
}

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
export interface HeldRequestRowData {
  id: number;
  ref: string;
  typeCode: string;
  status: LeaveStatus;
  startDate: string;
  endDate: string;
  halfDay: HalfDay | null;
  days: number;
  detail: unknown;
}

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

/** An approval step as a decision checks it: who decided it (null while undecided) and where its request stands. */
export interface DecisionStepRowData {
  id: number;
  token: string;
  order: number;
  role: StepRole;
  approverId: number;
  delegateId: number | null;
  status: StepStatus;
  decidedAt: Date | null;
  decidedBy: { name: string } | null;
  request: { id: number; ref: string; employeeId: number; typeCode: string; status: LeaveStatus; currentStep: number; version: number };
}

/** An employee's name, language, active flag and unit. */
export interface EmployeeBriefRowData {
  id: number;
  name: string;
  language: string;
  active: boolean;
  unitId: number;
}

/** An employee as the leave rules see them, with their unit's hardToReach beside their own. */
export interface LeaveEmployeeRowData {
  id: number;
  name: string;
  nip: string;
  kind: EmployeeKind;
  serviceStart: string;
  contractEnd: string | null;
  contractStart: string | null;
  gender: Gender;
  supervisorId: number | null;
  unitId: number;
  language: string;
  active: boolean;
  hardToReach: boolean;
  unitHardToReach: boolean;
}

/** A step of a request as deciding on it (or cancelling it) needs. */
export interface DecisionRequestStepRowData {
  id: number;
  order: number;
  role: StepRole;
  token: string;
  approverId: number;
  delegateId: number | null;
  status: StepStatus;
  decision: Decision | null;
  changedStart: string | null;
  changedEnd: string | null;
}

/** A request as deciding on it (or cancelling it) needs, with its steps in order. */
export interface DecisionRequestRowData {
  id: number;
  ref: string;
  employeeId: number;
  typeCode: string;
  status: LeaveStatus;
  currentStep: number;
  startDate: string;
  endDate: string;
  halfDay: HalfDay | null;
  days: number;
  detail: unknown;
  version: number;
  steps: DecisionRequestStepRowData[];
}

/** A verified, reachable chat identity of an active employee, with the employee's language. */
export interface EmployeeChatRowData {
  id: number;
  employeeId: number;
  channel: Channel;
  externalId: string;
  verifiedAt: Date;
  language: string;
}

/** A request as its Surat Izin Cuti states it, with its employee's unit. */
export interface LetterRequestRowData {
  id: number;
  ref: string;
  typeCode: string;
  status: LeaveStatus;
  startDate: string;
  endDate: string;
  days: number;
  version: number;
  employeeId: number;
  unitId: number;
}

/** Which requests: by id, or an employee's newest first. */
export type LeaveRequestFilter =
  | { ids: readonly number[]; employeeId?: number }
  | { employeeId: number; statuses?: readonly LeaveStatus[]; limit: number };

export interface FixedReads {
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
  /** The PUBLISHED payroll runs holding a slip of the employee, newest month first and by kind within it, at most `limit`. */
  payslipRuns(tx: Tx, employeeId: number, limit: number): Promise<PayslipRunRowData[]>;
  /** The employee's slip of the PUBLISHED run of `period` and `kind`, or null. */
  publishedSlip(tx: Tx, employeeId: number, period: string, kind: PayslipKind): Promise<PublishedSlipRowData | null>;
  /** The chat identity `id` with its employee's active flag, or null when there is no such identity. */
  slipIdentity(tx: Tx, id: number): Promise<SlipIdentityRowData | null>;
  /** The id of the first (lowest id) PENDING outbox row of the chat carrying `ref`, or null. */
  pendingOutboxRef(tx: Tx, channel: Channel, chatId: string, ref: string): Promise<number | null>;
  /** The approval step of `token` with its decider's name and its request (one joined statement), or null. */
  decisionStep(tx: Tx, token: string): Promise<DecisionStepRowData | null>;
  /** The employee `id` (active or not) with their language and unit, or null. */
  employeeBrief(tx: Tx, id: number): Promise<EmployeeBriefRowData | null>;
  /** The employee `id` (active or not) as the leave rules see them, or null. */
  leaveEmployee(tx: Tx, id: number): Promise<LeaveEmployeeRowData | null>;
  /** The request `id` with its steps by order (one joined statement), or null. */
  requestForDecision(tx: Tx, id: number): Promise<DecisionRequestRowData | null>;
  /** isApprover: the employee supervises someone active or has a step waiting as approver or delegate. */
  isApprover(tx: Tx, employeeId: number): Promise<boolean>;
  /** decidesForOthers: an approver (isApprover), a unit's head or a unit's authorized official. */
  decidesForOthers(tx: Tx, employeeId: number): Promise<boolean>;
  /**
   * The verified chat identities not marked unreachable of the employees
   * still active, with their language, the most recently verified first
   * (by id within one instant).
   */
  employeeChats(tx: Tx, employeeIds: readonly number[]): Promise<EmployeeChatRowData[]>;
  /** The request `id` as its letter states it, with its employee's unit, or null. */
  letterRequest(tx: Tx, id: number): Promise<LetterRequestRowData | null>;
}

/** `?, ?, ?` for a list of `n`. */
function list(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * An `IN` list of ids as placeholders and values, its length rounded up to a
 * power of two by repeating the last id (which changes nothing an `IN`
 * selects): each read then has a handful of SQL texts, each prepared once,
 * instead of one per length.
 */
function idList(ids: readonly number[]): { marks: string; values: number[] } {
  let size = 1;
  while (size < ids.length) size *= 2;
  const values = [...ids];
  while (values.length < size) values.push(ids[ids.length - 1]!);
  return { marks: list(size), values };
}

/** Ids a statement's `IN` list holds at most (SQLite and PostgreSQL cap a statement's parameters). */
const IDS_A_STATEMENT = 500;

/** `ids` in slices of IDS_A_STATEMENT. */
function slices<T>(ids: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += IDS_A_STATEMENT) out.push(ids.slice(i, i + IDS_A_STATEMENT));
  return out;
}

type Flag = boolean | number;
type Time = Date | string | number;

function timeOf(value: Time): Date;
function timeOf(value: Time | null): Date | null;
function timeOf(value: Time | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(value);
}

/** A JSON column: text on SQLite, already parsed on PostgreSQL. */
function jsonOf(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

export function fixedReads(reader: RowReader): FixedReads {
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
      const [row] = await reader.rows<{ id: number }>(
        tx,
        `SELECT "id" FROM "OutboxMessage" WHERE "channel" = ? AND "chatId" = ? AND "ref" = ? AND "status" = 'PENDING' ORDER BY "id" LIMIT 1`,
        [channel, chatId, ref],
      );
      return row?.id ?? null;
    },

    async decisionStep(tx, token) {
      type StepRow = Omit<DecisionStepRowData, 'decidedAt' | 'decidedBy' | 'request'> & {
        decidedAt: Time | null;
        decidedByName: string | null;
        requestId: number;
        ref: string;
        employeeId: number;
        typeCode: string;
        requestStatus: LeaveStatus;
        currentStep: number;
        version: number;
      };
      const [row] = await reader.rows<StepRow>(
        tx,
        `SELECT s."id", s."token", s."order", ${text('s."role"')} AS "role", s."approverId", s."delegateId", ${text('s."status"')} AS "status",
                s."decidedAt", d."name" AS "decidedByName", r."id" AS "requestId", r."ref", r."employeeId", r."typeCode",
                ${text('r."status"')} AS "requestStatus", r."currentStep", r."version"
         FROM "ApprovalStep" s JOIN "LeaveRequest" r ON r."id" = s."requestId" LEFT JOIN "Employee" d ON d."id" = s."decidedById"
         WHERE s."token" = ?`,
        [token],
      );
      if (!row) return null;
      const { decidedAt, decidedByName, requestId, ref, employeeId, typeCode, requestStatus, currentStep, version, ...step } = row;
      return {
        ...step,
        decidedAt: timeOf(decidedAt),
        decidedBy: decidedByName === null ? null : { name: decidedByName },
        request: { id: requestId, ref, employeeId, typeCode, status: requestStatus, currentStep, version },
      };
    },

    async employeeBrief(tx, id) {
      const [row] = await reader.rows<Omit<EmployeeBriefRowData, 'active'> & { active: Flag }>(
        tx,
        `SELECT "id", "name", "language", "active", "unitId" FROM "Employee" WHERE "id" = ?`,
        [id],
      );
      return row ? { ...row, active: Boolean(row.active) } : null;
    },

    async leaveEmployee(tx, id) {
      type EmployeeRow = Omit<LeaveEmployeeRowData, 'active' | 'hardToReach' | 'unitHardToReach'> & { active: Flag; hardToReach: Flag; unitHardToReach: Flag };
      const [row] = await reader.rows<EmployeeRow>(
        tx,
        `SELECT e."id", e."name", e."nip", ${text('e."kind"')} AS "kind", e."serviceStart", e."contractEnd", e."contractStart",
                ${text('e."gender"')} AS "gender", e."supervisorId", e."unitId", e."language", e."active", e."hardToReach",
                u."hardToReach" AS "unitHardToReach"
         FROM "Employee" e JOIN "OrgUnit" u ON u."id" = e."unitId" WHERE e."id" = ?`,
        [id],
      );
      if (!row) return null;
      return { ...row, active: Boolean(row.active), hardToReach: Boolean(row.hardToReach), unitHardToReach: Boolean(row.unitHardToReach) };
    },

    async requestForDecision(tx, id) {
      // One row a step (one row of nulls for a request without steps).
      type Row = Omit<DecisionRequestRowData, 'steps'> & {
        stepId: number | null;
        stepOrder: number;
        stepRole: StepRole;
        stepToken: string;
        stepApproverId: number;
        stepDelegateId: number | null;
        stepStatus: StepStatus;
        stepDecision: Decision | null;
        stepChangedStart: string | null;
        stepChangedEnd: string | null;
      };
      const rows = await reader.rows<Row>(
        tx,
        `SELECT r."id", r."ref", r."employeeId", r."typeCode", ${text('r."status"')} AS "status", r."currentStep", r."startDate", r."endDate",
                ${text('r."halfDay"')} AS "halfDay", r."days", ${text('r."detail"')} AS "detail", r."version",
                s."id" AS "stepId", s."order" AS "stepOrder", ${text('s."role"')} AS "stepRole", s."token" AS "stepToken",
                s."approverId" AS "stepApproverId", s."delegateId" AS "stepDelegateId", ${text('s."status"')} AS "stepStatus",
                ${text('s."decision"')} AS "stepDecision", s."changedStart" AS "stepChangedStart", s."changedEnd" AS "stepChangedEnd"
         FROM "LeaveRequest" r LEFT JOIN "ApprovalStep" s ON s."requestId" = r."id" WHERE r."id" = ? ORDER BY s."order"`,
        [id],
      );
      const [first] = rows;
      if (!first) return null;
      const steps: DecisionRequestStepRowData[] = [];
      for (const row of rows) {
        if (row.stepId === null) continue;
        steps.push({
          id: row.stepId, order: row.stepOrder, role: row.stepRole, token: row.stepToken, approverId: row.stepApproverId, delegateId: row.stepDelegateId,
          status: row.stepStatus, decision: row.stepDecision, changedStart: row.stepChangedStart, changedEnd: row.stepChangedEnd,
        });
      }
      const { id: requestId, ref, employeeId, typeCode, status, currentStep, startDate, endDate, halfDay, days, detail, version } = first;
      return { id: requestId, ref, employeeId, typeCode, status, currentStep, startDate, endDate, halfDay, days, detail: jsonOf(detail), version, steps };
    },

    async isApprover(tx, employeeId) {
      const rows = await reader.rows(tx, `SELECT 1 AS "yes" FROM "Employee" e WHERE e."id" = ? AND (${APPROVER_OF_E})`, [employeeId]);
      return rows.length > 0;
    },

    async decidesForOthers(tx, employeeId) {
      const rows = await reader.rows(
        tx,
        `SELECT 1 AS "yes" FROM "Employee" e WHERE e."id" = ? AND (EXISTS (SELECT 1 FROM "OrgUnit" h WHERE h."headId" = e."id")
           OR EXISTS (SELECT 1 FROM "UnitOfficial" o WHERE o."officialId" = e."id")
           OR ${APPROVER_OF_E})`,
        [employeeId],
      );
      return rows.length > 0;
    },

    async employeeChats(tx, employeeIds) {
      type ChatRow = Omit<EmployeeChatRowData, 'verifiedAt'> & { verifiedAt: Time };
      const chunks = slices(employeeIds);
      const rows: EmployeeChatRowData[] = [];
      for (const chunk of chunks) {
        const ids = idList(chunk);
        const found = await reader.rows<ChatRow>(
          tx,
          `SELECT i."id", i."employeeId", ${text('i."channel"')} AS "channel", i."externalId", i."verifiedAt", e."language"
           FROM "ChatIdentity" i JOIN "Employee" e ON e."id" = i."employeeId"
           WHERE i."employeeId" IN (${ids.marks}) AND i."verifiedAt" IS NOT NULL AND i."unreachableAt" IS NULL AND e."active"
           ORDER BY i."verifiedAt" DESC, i."id" DESC`,
          ids.values,
        );
        for (const row of found) rows.push({ ...row, verifiedAt: timeOf(row.verifiedAt) });
      }
      // Each slice comes ordered; several are merged into the one order.
      if (chunks.length > 1) rows.sort((a, b) => b.verifiedAt.getTime() - a.verifiedAt.getTime() || b.id - a.id);
      return rows;
    },

    async letterRequest(tx, id) {
      const [row] = await reader.rows<LetterRequestRowData>(
        tx,
        `SELECT r."id", r."ref", r."typeCode", ${text('r."status"')} AS "status", r."startDate", r."endDate", r."days", r."version",
                r."employeeId", e."unitId"
         FROM "LeaveRequest" r JOIN "Employee" e ON e."id" = r."employeeId" WHERE r."id" = ?`,
        [id],
      );
      return row ?? null;
    },
  };
}
