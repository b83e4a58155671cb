import { type ImportRowChange, type ImportRowError, type ParsedRow, rowError } from '../import-types';
import { findCycles } from '../find-cycles';
import { duplicateKeys } from '../parse-rows';
import type { Planned } from '../run-import';
import type { EmployeeRow } from './employee-row';
import type { EmployeeState, ExistingEmployee } from './employee-state';

/** The columns of Employee an import writes directly (the supervisor is linked afterwards, by NIP). */
export type EmployeeData = Omit<ExistingEmployee, 'id' | 'supervisorId'>;

export interface EmployeePlan {
  creates: EmployeeData[];
  updates: Array<{ id: number; data: Partial<EmployeeData> }>;
  /** Employees whose supervisor changes (new ones with a supervisor included). */
  supervisorLinks: Array<{ nip: string; supervisorNip: string | null }>;
  /** Ids of the employees this import deactivates: their chats are released (releaseChatsOfDeactivated). */
  deactivated: number[];
}

const DATA_FIELDS = [
  'name', 'kind', 'rank', 'position', 'role', 'serviceStart', 'contractEnd', 'contractStart', 'birthDate',
  'gender', 'phone', 'email', 'address', 'language', 'hardToReach', 'active',
] as const;

/** The row's values for the columns it provides (undefined = keep). */
function provided(row: EmployeeRow, unitId: number): Partial<EmployeeData> {
  const data: Partial<EmployeeData> = { unitId };
  for (const field of DATA_FIELDS) {
    const value = row[field];
    if (value !== undefined) (data as Record<string, unknown>)[field] = value;
  }
  return data;
}

function newEmployee(row: EmployeeRow, unitId: number): EmployeeData {
  return {
    nip: row.nip,
    name: row.name,
    kind: row.kind,
    rank: row.rank,
    position: row.position,
    unitId,
    role: row.role ?? 'EMPLOYEE',
    serviceStart: row.serviceStart,
    contractEnd: row.contractEnd ?? null,
    contractStart: row.contractStart ?? null,
    birthDate: row.birthDate,
    gender: row.gender,
    phone: row.phone ?? null,
    email: row.email ?? null,
    address: row.address ?? null,
    language: row.language ?? 'id',
    hardToReach: row.hardToReach ?? false,
    active: row.active ?? true,
  };
}

function changedFields(existing: ExistingEmployee, data: Partial<EmployeeData>): Partial<EmployeeData> {
  const changed: Partial<EmployeeData> = {};
  for (const [field, value] of Object.entries(data) as Array<[keyof EmployeeData, unknown]>) {
    if (existing[field] !== value) (changed as Record<string, unknown>)[field] = value;
  }
  return changed;
}

/** Supervisors and activity after the import: SAPA's records with the file laid over them. */
function finalGraph(rows: readonly ParsedRow<EmployeeRow>[], state: EmployeeState) {
  const supervisor = new Map<string, string | null>();
  const active = new Map<string, boolean>();
  for (const e of state.byNip.values()) {
    supervisor.set(e.nip, e.supervisorId === null ? null : (state.nipById.get(e.supervisorId) ?? null));
    active.set(e.nip, e.active);
  }
  for (const { row } of rows) {
    if (row.supervisorNip !== undefined || !state.byNip.has(row.nip)) supervisor.set(row.nip, row.supervisorNip ?? null);
    if (row.active !== undefined || !state.byNip.has(row.nip)) active.set(row.nip, row.active ?? true);
  }
  return { supervisor, active };
}

function nameOf(nip: string, rows: ReadonlyMap<string, ParsedRow<EmployeeRow>>, state: EmployeeState): string {
  return rows.get(nip)?.row.name ?? state.byNip.get(nip)?.name ?? nip;
}

function referenceErrors(rows: readonly ParsedRow<EmployeeRow>[], state: EmployeeState): ImportRowError[] {
  const { supervisor, active } = finalGraph(rows, state);
  const fileRows = new Map(rows.map((r) => [r.row.nip, r]));
  const activeReports = new Map<string, number>();
  for (const [nip, boss] of supervisor) {
    if (boss && active.get(nip)) activeReports.set(boss, (activeReports.get(boss) ?? 0) + 1);
  }
  const errors: ImportRowError[] = [];
  for (const { line, row } of rows) {
    if (!state.unitIds.has(row.unitCode)) errors.push(rowError(line, 'admin.import.unknown_unit', { code: row.unitCode }));
    const boss = supervisor.get(row.nip);
    if (boss && !supervisor.has(boss)) errors.push(rowError(line, 'admin.import.unknown_supervisor', { nip: boss }));
    else if (boss && active.get(row.nip) && !active.get(boss)) errors.push(rowError(line, 'admin.import.inactive_supervisor', { nip: boss }));
    const existing = state.byNip.get(row.nip);
    if (existing?.active && active.get(row.nip) === false) {
      const heads = state.headOf.get(existing.id);
      if (heads) errors.push(rowError(line, 'admin.import.still_heads', { nip: row.nip, unit: heads }));
      const reports = activeReports.get(row.nip) ?? 0;
      if (reports > 0) errors.push(rowError(line, 'admin.import.still_supervises', { nip: row.nip, count: reports }));
    }
  }
  for (const cycle of findCycles(supervisor)) {
    const inFile = cycle.map((nip) => fileRows.get(nip)).filter((r) => r !== undefined);
    if (inFile.length === 0) continue;
    const named = [...cycle, cycle[0]!].map((nip) => `${nameOf(nip, fileRows, state)} (${nip})`).join(' -> ');
    errors.push(rowError(Math.min(...inFile.map((r) => r.line)), 'admin.import.supervisor_cycle', { cycle: named }));
  }
  return errors;
}

/**
 * Checks an employee import against SAPA's records and works out the changes:
 * new NIPs are created, known ones updated (only the columns the file has),
 * `active = false` deactivates. Supervisors are resolved by NIP from the file
 * or SAPA; a chain that comes back to itself is refused with its members named.
 */
export function planEmployees(rows: ParsedRow<EmployeeRow>[], state: EmployeeState): Planned<EmployeePlan> {
  const errors = [...duplicateKeys(rows, (r) => r.nip), ...referenceErrors(rows, state)];
  const plan: EmployeePlan = { creates: [], updates: [], supervisorLinks: [], deactivated: [] };
  const changes: ImportRowChange[] = [];
  if (errors.length > 0) return { errors, plan, changes };
  for (const { line, row } of rows) {
    const unitId = state.unitIds.get(row.unitCode)!;
    const existing = state.byNip.get(row.nip);
    if (!existing) {
      plan.creates.push(newEmployee(row, unitId));
      if (row.supervisorNip) plan.supervisorLinks.push({ nip: row.nip, supervisorNip: row.supervisorNip });
      changes.push({ line, key: row.nip, action: 'create' });
      continue;
    }
    const changed = changedFields(existing, provided(row, unitId));
    const fields = Object.keys(changed).map((f) => (f === 'unitId' ? 'unitCode' : f));
    const currentBoss = existing.supervisorId === null ? null : (state.nipById.get(existing.supervisorId) ?? null);
    if (row.supervisorNip !== undefined && row.supervisorNip !== currentBoss) {
      plan.supervisorLinks.push({ nip: row.nip, supervisorNip: row.supervisorNip });
      fields.push('supervisorNip');
    }
    if (Object.keys(changed).length > 0) plan.updates.push({ id: existing.id, data: changed });
    const action = existing.active && changed.active === false ? 'deactivate' : fields.length > 0 ? 'update' : 'unchanged';
    if (action === 'deactivate') plan.deactivated.push(existing.id);
    changes.push({ line, key: row.nip, action, ...(fields.length > 0 && action !== 'unchanged' ? { fields } : {}) });
  }
  return { errors, plan, changes };
}
