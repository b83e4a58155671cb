import type { HolidayKind } from '../../../domain/leave/types';
import { type ImportRowChange, type ParsedRow, rowError } from '../import-types';
import { duplicateKeys } from '../parse-rows';
import type { Planned } from '../run-import';
import type { HolidayRow } from './holiday-row';

export interface HolidayState {
  year: number;
  existing: Array<{ id: number; date: string; name: string; kind: HolidayKind }>;
  /** National holidays to add for days the file does not list (empty unless pre-filling). */
  prefill: Array<{ date: string; name: string }>;
}

export interface HolidayPlan {
  creates: Array<{ date: string; name: string; kind: HolidayKind }>;
  renames: Array<{ id: number; name: string }>;
  removals: number[];
}

const keyOf = (h: { date: string; kind: string }) => `${h.date} ${h.kind}`;

/**
 * The year's holiday table after the import: the file's rows, plus pre-filled
 * national holidays on days the file leaves out. What SAPA had for the year
 * and the result no longer lists is removed.
 */
export function planHolidays(rows: ParsedRow<HolidayRow>[], state: HolidayState): Planned<HolidayPlan> {
  const errors = duplicateKeys(rows, keyOf);
  for (const { line, row } of rows) {
    if (!row.date.startsWith(`${state.year}-`)) errors.push(rowError(line, 'admin.import.outside_year', { date: row.date, year: state.year }));
  }
  const plan: HolidayPlan = { creates: [], renames: [], removals: [] };
  const changes: ImportRowChange[] = [];
  if (errors.length > 0) return { errors, plan, changes };

  const fileDays = new Set(rows.map((r) => r.row.date));
  const wanted: Array<{ line: number | null; date: string; name: string; kind: HolidayKind }> = [
    ...rows.map(({ line, row }) => ({ line, ...row })),
    ...state.prefill.filter((h) => !fileDays.has(h.date)).map((h) => ({ line: null, ...h, kind: 'NATIONAL' as const })),
  ];
  const existing = new Map(state.existing.map((h) => [keyOf(h), h]));
  const kept = new Set<string>();
  for (const h of wanted) {
    const key = keyOf(h);
    kept.add(key);
    const current = existing.get(key);
    if (!current) {
      plan.creates.push({ date: h.date, name: h.name, kind: h.kind });
      changes.push({ line: h.line, key, action: 'create' });
    } else if (current.name !== h.name) {
      plan.renames.push({ id: current.id, name: h.name });
      changes.push({ line: h.line, key, action: 'update', fields: ['name'] });
    } else changes.push({ line: h.line, key, action: 'unchanged' });
  }
  for (const h of state.existing) {
    if (kept.has(keyOf(h))) continue;
    plan.removals.push(h.id);
    changes.push({ line: null, key: keyOf(h), action: 'remove' });
  }
  return { errors, plan, changes };
}
