import { findCycles } from '../find-cycles';
import { type ImportRowChange, type ImportRowError, type ParsedRow, rowError } from '../import-types';
import { duplicateKeys } from '../parse-rows';
import type { Planned } from '../run-import';
import type { OrgUnitRow } from './org-unit-row';
import type { OrgUnitState } from './org-unit-state';

/** A unit as the import leaves it; parent and head by code and employee id. */
export interface UnitTarget {
  code: string;
  name: string;
  hardToReach: boolean;
  parentCode: string | null;
  headId: number | null;
}

export interface OrgUnitPlan {
  creates: UnitTarget[];
  updates: UnitTarget[];
  /** Authorized officials for every type to set (an id) or remove (null), by unit code. */
  officials: Array<{ code: string; officialId: number | null }>;
}

function target(row: OrgUnitRow, state: OrgUnitState): UnitTarget {
  const existing = state.byCode.get(row.code);
  const currentParent = existing?.parentId == null ? null : (state.codeById.get(existing.parentId) ?? null);
  return {
    code: row.code,
    name: row.name,
    hardToReach: row.hardToReach ?? existing?.hardToReach ?? false,
    parentCode: row.parentCode === undefined ? currentParent : row.parentCode,
    headId: row.headNip === undefined ? (existing?.headId ?? null) : row.headNip === null ? null : state.employees.get(row.headNip)!.id,
  };
}

function referenceErrors(rows: readonly ParsedRow<OrgUnitRow>[], state: OrgUnitState): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const inFile = new Map(rows.map((r) => [r.row.code, r]));
  for (const { line, row } of rows) {
    if (row.parentCode && !inFile.has(row.parentCode) && !state.byCode.has(row.parentCode)) {
      errors.push(rowError(line, 'admin.import.unknown_parent', { code: row.parentCode }));
    }
    for (const nip of [row.headNip, row.officialNip]) {
      if (!nip) continue;
      const person = state.employees.get(nip);
      if (!person) errors.push(rowError(line, 'admin.import.unknown_employee', { nip }));
      else if (!person.active) errors.push(rowError(line, 'admin.import.inactive_employee', { nip }));
    }
  }
  if (errors.length > 0) return errors;

  const parent = new Map<string, string | null>();
  const headUnits = new Map<number, string>();
  for (const [code, unit] of state.byCode) parent.set(code, unit.parentId === null ? null : (state.codeById.get(unit.parentId) ?? null));
  for (const { row } of rows) parent.set(row.code, target(row, state).parentCode);
  for (const cycle of findCycles(parent)) {
    const lines = cycle.map((code) => inFile.get(code)?.line).filter((l) => l !== undefined);
    if (lines.length > 0) errors.push(rowError(Math.min(...lines), 'admin.import.unit_cycle', { cycle: [...cycle, cycle[0]].join(' -> ') }));
  }
  for (const [code, unit] of state.byCode) if (!inFile.has(code) && unit.headId !== null) headUnits.set(unit.headId, code);
  for (const { line, row } of rows) {
    const { headId } = target(row, state);
    if (headId === null) continue;
    const other = headUnits.get(headId);
    if (other) errors.push(rowError(line, 'admin.import.head_elsewhere', { nip: row.headNip ?? String(headId), unit: other }));
    else headUnits.set(headId, row.code);
  }
  return errors;
}

/**
 * Checks an org-unit import and works out the changes: units are created or
 * updated by code; parents come from the file or SAPA, and a tree that
 * loops is refused; a head is an active employee who heads no other unit.
 */
export function planOrgUnits(rows: ParsedRow<OrgUnitRow>[], state: OrgUnitState): Planned<OrgUnitPlan> {
  const errors = [...duplicateKeys(rows, (r) => r.code)];
  const plan: OrgUnitPlan = { creates: [], updates: [], officials: [] };
  const changes: ImportRowChange[] = [];
  if (errors.length === 0) errors.push(...referenceErrors(rows, state));
  if (errors.length > 0) return { errors, plan, changes };
  for (const { line, row } of rows) {
    const wanted = target(row, state);
    const existing = state.byCode.get(row.code);
    const officialId = row.officialNip === undefined ? undefined : row.officialNip === null ? null : state.employees.get(row.officialNip)!.id;
    const officialChanged = officialId !== undefined && officialId !== ((existing && state.officials.get(existing.id)) ?? null);
    if (officialChanged) plan.officials.push({ code: row.code, officialId: officialId ?? null });
    if (!existing) {
      plan.creates.push(wanted);
      changes.push({ line, key: row.code, action: 'create' });
      continue;
    }
    const current = {
      name: existing.name,
      hardToReach: existing.hardToReach,
      parentCode: existing.parentId === null ? null : (state.codeById.get(existing.parentId) ?? null),
      headId: existing.headId,
    };
    const fields: string[] = (Object.keys(current) as Array<keyof typeof current>).filter((f) => current[f] !== wanted[f]);
    if (fields.length > 0) plan.updates.push(wanted);
    if (officialChanged) fields.push('official');
    changes.push({ line, key: row.code, action: fields.length > 0 ? 'update' : 'unchanged', ...(fields.length > 0 ? { fields } : {}) });
  }
  return { errors, plan, changes };
}
