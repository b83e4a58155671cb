import type { IsoDay } from '../../domain/day';
import type { EmployeeKind } from '../../domain/leave/types';
import type { TurnRead } from './turn-journal';

/**
 * isApprover (src/services/employees/is-approver.ts) of the employee `e`, as
 * SQL both databases run: supervises someone active, or has a step waiting as
 * its approver or delegate. The turn's first read and the fixed reads share it.
 */
export const APPROVER_OF_E = `EXISTS (SELECT 1 FROM "Employee" sub WHERE sub."supervisorId" = e."id" AND sub."active")
    OR EXISTS (SELECT 1 FROM "ApprovalStep" st WHERE st."approverId" = e."id" AND st."status" = 'PENDING')
    OR EXISTS (SELECT 1 FROM "ApprovalStep" st WHERE st."delegateId" = e."id" AND st."status" = 'PENDING')`;

/**
 * The employee columns both stores' start query selects, from the employee
 * `e` and their unit `u`, written once for both databases (`text` reads an
 * enum column as text: PostgreSQL's enums need a cast). `approver` is
 * isApprover and `proxy` actsForOthers (src/services/employees), asked here
 * so the menu costs no query of its own; a test holds them together.
 */
export const employeeColumns = (text: (column: string) => string) => `
  e."id" AS "employeeId", e."nip" AS "nip", e."name" AS "name", ${text('e."role"')} AS "role", e."language" AS "language", e."active" AS "active",
  ${text('e."kind"')} AS "kind", ${text('e."gender"')} AS "gender", e."serviceStart" AS "serviceStart", e."unitId" AS "unitId",
  e."contractStart" AS "contractStart", e."contractEnd" AS "contractEnd", e."phone" AS "phone",
  (e."hardToReach" OR u."hardToReach") AS "hardToReach",
  (${APPROVER_OF_E}) AS "approver",
  (e."active" AND (e."role" = 'HR'
    OR EXISTS (SELECT 1 FROM "OrgUnit" h WHERE h."headId" = e."id")
    OR EXISTS (SELECT 1 FROM "Employee" sub WHERE sub."supervisorId" = e."id" AND sub."active"))) AS "proxy"`;

/** The joins employeeColumns reads from, after the chat identity `i`. */
export const EMPLOYEE_JOINS = `
  LEFT JOIN "Employee" e ON e."id" = i."employeeId"
  LEFT JOIN "OrgUnit" u ON u."id" = e."unitId"`;

type Flag = boolean | number | null;

/**
 * The columns both stores' start query selects (SQLite answers flags as 0/1,
 * PostgreSQL as booleans).
 */
export interface TurnReadRow {
  sessionId: number | null;
  version: number | null;
  state: string | null;
  identityId: number | null;
  verified: Flag;
  employeeId: number | null;
  nip: string;
  name: string;
  role: 'EMPLOYEE' | 'HR';
  language: string;
  active: Flag;
  kind: EmployeeKind;
  gender: 'M' | 'F';
  serviceStart: IsoDay;
  contractStart: IsoDay | null;
  contractEnd: IsoDay | null;
  phone: string | null;
  hardToReach: Flag;
  unitId: number;
  approver: Flag;
  proxy: Flag;
  seen: Flag;
}

/** Both stores' start row as a TurnRead. */
export function turnReadOf(row: TurnReadRow): TurnRead {
  const { employeeId, nip, name, role, language, kind, gender, serviceStart, contractStart, contractEnd, phone, unitId } = row;
  const employee =
    employeeId === null
      ? null
      : {
          id: employeeId,
          nip,
          name,
          role,
          language,
          active: Boolean(row.active),
          kind,
          gender,
          serviceStart,
          contractStart,
          contractEnd,
          hardToReach: Boolean(row.hardToReach),
          phone,
          unitId,
          approver: Boolean(row.approver),
          proxy: Boolean(row.proxy),
        };
  return {
    seen: Boolean(row.seen),
    session: row.sessionId === null ? null : { id: row.sessionId, version: row.version!, state: JSON.parse(row.state!) as unknown },
    identity: row.identityId === null ? null : { id: row.identityId, verified: Boolean(row.verified), employee },
  };
}
