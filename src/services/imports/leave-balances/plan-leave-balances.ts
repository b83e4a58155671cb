import { availableDays, type LeaveBalanceSnapshot, totalDays } from '../../../domain/leave/balance';
import { type ImportRowChange, type ImportRowError, type ParsedRow, rowError } from '../import-types';
import { duplicateKeys } from '../parse-rows';
import type { Planned } from '../run-import';
import type { LeaveBalanceRow } from './leave-balance-row';

export type ExistingBalance = LeaveBalanceSnapshot & { id: number; employeeId: number; year: number; typeCode: string };

export interface LeaveBalanceState {
  employeeIds: ReadonlyMap<string, number>;
  typeCodes: ReadonlySet<string>;
  /** by `${employeeId} ${year} ${typeCode}` */
  balances: ReadonlyMap<string, ExistingBalance>;
}

type Values = Pick<LeaveBalanceSnapshot, 'entitled' | 'carriedOver' | 'used' | 'deferred' | 'unusedYears'>;

export interface LeaveBalancePlan {
  creates: Array<Values & { employeeId: number; year: number; typeCode: string }>;
  updates: Array<{ id: number; data: Partial<Values> }>;
}

export const balanceKey = (employeeId: number, year: number, typeCode: string) => `${employeeId} ${year} ${typeCode}`;

function values(row: LeaveBalanceRow, existing: ExistingBalance | undefined): Values {
  return {
    entitled: row.entitled,
    carriedOver: row.carriedOver ?? existing?.carriedOver ?? 0,
    used: row.used ?? existing?.used ?? 0,
    deferred: row.deferred ?? existing?.deferred ?? 0,
    unusedYears: row.unusedYears ?? existing?.unusedYears ?? 0,
  };
}

/** Days granted must cover days used, and what is left must still cover what pending requests hold. */
function balanceErrors(line: number, v: Values, existing: ExistingBalance | undefined): ImportRowError[] {
  const after = { added: 0, reserved: 0, ...existing, ...v };
  if (v.used > totalDays(after)) return [rowError(line, 'admin.import.used_exceeds', { used: v.used, total: totalDays(after) })];
  const free = availableDays({ ...after, reserved: 0 });
  if (after.reserved > free) return [rowError(line, 'admin.import.below_reserved', { reserved: after.reserved, available: free })];
  return [];
}

/** Opening balances: created or overwritten per (employee, year, type); unknown NIPs and types refused. */
export function planLeaveBalances(rows: ParsedRow<LeaveBalanceRow>[], state: LeaveBalanceState): Planned<LeaveBalancePlan> {
  const errors = duplicateKeys(rows, (r) => `${r.nip} ${r.year} ${r.type}`);
  const plan: LeaveBalancePlan = { creates: [], updates: [] };
  const changes: ImportRowChange[] = [];
  for (const { line, row } of rows) {
    const employeeId = state.employeeIds.get(row.nip);
    if (employeeId === undefined) errors.push(rowError(line, 'admin.import.unknown_employee', { nip: row.nip }));
    if (!state.typeCodes.has(row.type)) errors.push(rowError(line, 'admin.import.unknown_leave_type', { code: row.type }));
    if (employeeId === undefined || !state.typeCodes.has(row.type)) continue;
    const existing = state.balances.get(balanceKey(employeeId, row.year, row.type));
    const wanted = values(row, existing);
    errors.push(...balanceErrors(line, wanted, existing));
    const key = `${row.nip} ${row.year} ${row.type}`;
    if (!existing) {
      plan.creates.push({ employeeId, year: row.year, typeCode: row.type, ...wanted });
      changes.push({ line, key, action: 'create' });
      continue;
    }
    const fields = (Object.keys(wanted) as Array<keyof Values>).filter((f) => existing[f] !== wanted[f]);
    if (fields.length > 0) plan.updates.push({ id: existing.id, data: Object.fromEntries(fields.map((f) => [f, wanted[f]])) });
    changes.push({ line, key, action: fields.length > 0 ? 'update' : 'unchanged', ...(fields.length > 0 ? { fields } : {}) });
  }
  return { errors, plan, changes };
}
