import type { IsoDay } from '../domain/day';
import type { EmployeeKind } from '../domain/leave/types';

/** The employee behind a verified chat identity. Loaded from the database every turn, in the turn's first statement. */
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
  /** PPPK: the contract in force (null: none on record). */
  contractStart: IsoDay | null;
  contractEnd: IsoDay | null;
  /** They or their unit are flagged hard to reach (*local*): CT may add travel days. */
  hardToReach: boolean;
  /** The phone on record (digits with country code). */
  phone: string | null;
  /** Their unit: whose leave rules apply to them. */
  unitId: number;
  /** As the turn began: supervises someone active or has a step waiting (isApprover). */
  approver: boolean;
  /** As the turn began: may act for other employees in chat (actsForOthers). */
  proxy: boolean;
}
