import { type ImportRowChange, type ParsedRow, rowError } from '../import-types';
import { duplicateKeys } from '../parse-rows';
import type { Planned } from '../run-import';
import type { CutiBersamaCreditRow } from './cuti-bersama-credit-row';

export interface CutiBersamaCreditState {
  /** Active employees by NIP. */
  employeeIds: Map<string, number>;
  /** Days declared cuti bersama in the holiday table. */
  declared: Set<string>;
  /** `${employeeId} ${date}` of days already credited (the ledger). */
  credited: Set<string>;
}

/** The credits to make, grouped per employee and reason (one notice each). */
export type CutiBersamaCreditPlan = Array<{ employeeId: number; dates: string[]; reason: string }>;

/**
 * Each row credits one cuti bersama day worked to the employee's cuti
 * tahunan: unknown or inactive NIPs and days that are not cuti bersama are
 * refused; a day already credited is unchanged (an import sent twice adds
 * nothing).
 */
export function planCutiBersamaCredits(rows: ParsedRow<CutiBersamaCreditRow>[], state: CutiBersamaCreditState): Planned<CutiBersamaCreditPlan> {
  const errors = duplicateKeys(rows, (r) => `${r.nip} ${r.date}`);
  const groups = new Map<string, { employeeId: number; dates: string[]; reason: string }>();
  const changes: ImportRowChange[] = [];
  for (const { line, row } of rows) {
    const employeeId = state.employeeIds.get(row.nip);
    if (employeeId === undefined) errors.push(rowError(line, 'admin.import.unknown_employee', { nip: row.nip }));
    if (!state.declared.has(row.date)) errors.push(rowError(line, 'leave.not_cuti_bersama', { date: row.date }));
    if (employeeId === undefined || !state.declared.has(row.date)) continue;
    const key = `${row.nip} ${row.date}`;
    if (state.credited.has(`${employeeId} ${row.date}`)) {
      changes.push({ line, key, action: 'unchanged' });
      continue;
    }
    const group = `${employeeId} ${row.reason}`;
    const entry = groups.get(group) ?? { employeeId, dates: [], reason: row.reason };
    entry.dates.push(row.date);
    groups.set(group, entry);
    changes.push({ line, key, action: 'create' });
  }
  return { errors, plan: [...groups.values()], changes };
}
