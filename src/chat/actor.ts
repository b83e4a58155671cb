import type { IsoDay } from '../domain/day';
import type { EmployeeKind } from '../domain/leave/types';

/** The employee behind a verified chat identity. Loaded from the database every turn. */
export interface Actor {
  employeeId: number;
  nip: string;
  name: string;
  role: 'EMPLOYEE' | 'HR';
  identityId: number;
  /** The facts the leave rules ask of every request (read with the identity, not per step). */
  kind: EmployeeKind;
  gender: 'M' | 'F';
  serviceStart: IsoDay;
  /** Their unit: whose leave rules apply to them. */
  unitId: number;
}
