import type { Tx } from '../../../store/database';

export const employeeSelect = {
  id: true,
  nip: true,
  name: true,
  kind: true,
  rank: true,
  position: true,
  unitId: true,
  supervisorId: true,
  role: true,
  serviceStart: true,
  contractEnd: true,
  contractStart: true,
  birthDate: true,
  gender: true,
  phone: true,
  email: true,
  address: true,
  language: true,
  hardToReach: true,
  active: true,
} as const;

export interface ExistingEmployee {
  id: number;
  nip: string;
  name: string;
  kind: 'PNS' | 'PPPK';
  rank: string;
  position: string;
  unitId: number;
  supervisorId: number | null;
  role: 'EMPLOYEE' | 'HR';
  serviceStart: string;
  contractEnd: string | null;
  contractStart: string | null;
  birthDate: string;
  gender: 'M' | 'F';
  phone: string | null;
  email: string | null;
  address: string | null;
  language: string;
  hardToReach: boolean;
  active: boolean;
}

/** What an employee import checks its rows against. */
export interface EmployeeState {
  unitIds: ReadonlyMap<string, number>;
  byNip: ReadonlyMap<string, ExistingEmployee>;
  nipById: ReadonlyMap<number, string>;
  /** employee id -> code of the unit they head */
  headOf: ReadonlyMap<number, string>;
}

export async function loadEmployeeState(tx: Tx): Promise<EmployeeState> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, headId: true } });
  const employees = await tx.employee.findMany({ select: employeeSelect });
  return {
    unitIds: new Map(units.map((u) => [u.code, u.id])),
    byNip: new Map(employees.map((e) => [e.nip, e])),
    nipById: new Map(employees.map((e) => [e.id, e.nip])),
    headOf: new Map(units.filter((u) => u.headId !== null).map((u) => [u.headId!, u.code])),
  };
}
