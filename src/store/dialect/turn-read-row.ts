import type { IsoDay } from '../../domain/day';
import type { EmployeeKind } from '../../domain/leave/types';
import type { TurnRead } from './turn-journal';

/**
 * The columns both stores' start query selects (SQLite answers flags as 0/1,
 * PostgreSQL as booleans).
 */
export interface TurnReadRow {
  sessionId: number | null;
  version: number | null;
  state: string | null;
  identityId: number | null;
  verified: boolean | number | null;
  employeeId: number | null;
  nip: string;
  name: string;
  role: 'EMPLOYEE' | 'HR';
  language: string;
  active: boolean | number;
  kind: EmployeeKind;
  gender: 'M' | 'F';
  serviceStart: IsoDay;
  unitId: number;
  seen: boolean | number;
}

/** Both stores' start row as a TurnRead. */
export function turnReadOf(row: TurnReadRow): TurnRead {
  const { employeeId, nip, name, role, language, active, kind, gender, serviceStart, unitId } = row;
  const employee = employeeId === null ? null : { id: employeeId, nip, name, role, language, active: Boolean(active), kind, gender, serviceStart, unitId };
  return {
    seen: Boolean(row.seen),
    session: row.sessionId === null ? null : { id: row.sessionId, version: row.version!, state: JSON.parse(row.state!) as unknown },
    identity: row.identityId === null ? null : { id: row.identityId, verified: Boolean(row.verified), employee },
  };
}
