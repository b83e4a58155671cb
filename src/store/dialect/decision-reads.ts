import type { Channel, Decision, EmployeeKind, Gender, LeaveStatus, StepRole, StepStatus } from '../../generated/sqlite/enums';
import type { Tx } from '../database';
import { idList, slices, timeOf, jsonOf, type Flag, type Time } from './read-values';
import type { RowReader } from './row-reader';
import { APPROVER_OF_E } from './turn-read-row';
import type { LeaveRequestColumns } from './leave-reads';

/*
 * Fixed reads of an approver's decision (see fixed-reads.ts): the step and
 * its request, the decider, the employee as the rules see them, who
 * approves, the chats a notice goes to, the letter's request and the steps
 * waiting for an approver.
 */

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
  request: Pick<LeaveRequestColumns, 'id' | 'ref' | 'employeeId' | 'typeCode' | 'status' | 'currentStep' | 'version'>;
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
export interface DecisionRequestRowData
  extends Pick<LeaveRequestColumns, 'id' | 'ref' | 'employeeId' | 'typeCode' | 'status' | 'currentStep' | 'startDate' | 'endDate' | 'halfDay' | 'days' | 'detail' | 'version'> {
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
export interface LetterRequestRowData extends Pick<LeaveRequestColumns, 'id' | 'ref' | 'typeCode' | 'status' | 'startDate' | 'endDate' | 'days' | 'version' | 'employeeId'> {
  unitId: number;
}

/** A PENDING step of a PENDING request that waits for someone, with its request's current step. */
export interface WaitingStepRowData {
  token: string;
  order: number;
  activatedAt: Date | null;
  createdAt: Date;
  requestId: number;
  currentStep: number;
}

/** Most steps `waitingSteps` reads. */
export const WAITING_STEPS_READ = 100;

export interface DecisionReads {
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
  /**
   * The PENDING steps of PENDING requests of others that wait for
   * `employeeId` on `day`: as approver, as the delegate named on the step, or
   * standing in for an approver by a delegation in force that day. By when
   * they started waiting (the database's order for a step never activated),
   * then id; at most WAITING_STEPS_READ. Whether a step is its request's
   * current one is left to the caller (`currentStep`).
   */
  waitingSteps(tx: Tx, employeeId: number, day: string): Promise<WaitingStepRowData[]>;
}

export function decisionReads(reader: RowReader): DecisionReads {
  const { text } = reader;
  return {
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
    async waitingSteps(tx, employeeId, day) {
      const rows = await reader.rows<Omit<WaitingStepRowData, 'activatedAt' | 'createdAt'> & { activatedAt: Time | null; createdAt: Time }>(
        tx,
        `SELECT s."token", s."order", s."activatedAt", s."createdAt", s."requestId", r."currentStep"
         FROM "ApprovalStep" s JOIN "LeaveRequest" r ON r."id" = s."requestId"
         WHERE s."status" = 'PENDING' AND r."status" = 'PENDING' AND r."employeeId" <> ?
           AND (s."approverId" = ? OR s."delegateId" = ? OR s."approverId" IN (
             SELECT d."fromId" FROM "Delegation" d WHERE d."toId" = ? AND d."startDate" <= ? AND d."endDate" >= ?))
         ORDER BY s."activatedAt", s."id" LIMIT ${WAITING_STEPS_READ}`,
        [employeeId, employeeId, employeeId, employeeId, day, day],
      );
      return rows.map((row) => ({ ...row, activatedAt: timeOf(row.activatedAt), createdAt: timeOf(row.createdAt) }));
    },
  };
}
