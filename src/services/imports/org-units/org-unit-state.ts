import type { Tx } from '../../../store/database';

export interface ExistingUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  headId: number | null;
  hardToReach: boolean;
}

/** What an org-unit import checks its rows against. */
export interface OrgUnitState {
  byCode: ReadonlyMap<string, ExistingUnit>;
  codeById: ReadonlyMap<number, string>;
  employees: ReadonlyMap<string, { id: number; name: string; active: boolean }>;
  /** Unit id -> its authorized official for every type ("*"). */
  officials: ReadonlyMap<number, number>;
}

export async function loadOrgUnitState(tx: Tx): Promise<OrgUnitState> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true, headId: true, hardToReach: true } });
  const employees = await tx.employee.findMany({ select: { id: true, nip: true, name: true, active: true } });
  const officials = await tx.unitOfficial.findMany({ where: { typeCode: '*' }, select: { unitId: true, officialId: true } });
  return {
    officials: new Map(officials.map((o) => [o.unitId, o.officialId])),
    byCode: new Map(units.map((u) => [u.code, u])),
    codeById: new Map(units.map((u) => [u.id, u.code])),
    employees: new Map(employees.map((e) => [e.nip, { id: e.id, name: e.name, active: e.active }])),
  };
}
