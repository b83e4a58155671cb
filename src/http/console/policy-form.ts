import type { LeavePolicy } from '../../domain/leave';

/** What a policy value is on the form: whole days, yes/no, or days where empty means "never". */
export type PolicyFieldKind = 'days' | 'bool' | 'days_or_never';

export interface PolicyField {
  /** The value's path in the rules ("types.CT.noticeDays"), also the form field's name. */
  path: string;
  kind: PolicyFieldKind;
  /** Catalogue key of its label. */
  label: string;
}

/** The leave types whose local values the form shows (cuti bersama is set by decree, never requested). */
export const POLICY_FORM_TYPES = ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN'] as const;

/** The local values of each leave type: notice, the emergency exception, when the authorized official decides. */
export const TYPE_FIELDS: ReadonlyArray<{ key: 'noticeDays' | 'emergencyOverride' | 'officialOverDays'; kind: PolicyFieldKind }> = [
  { key: 'noticeDays', kind: 'days' },
  { key: 'emergencyOverride', kind: 'bool' },
  { key: 'officialOverDays', kind: 'days_or_never' },
];

/** The local values that belong to no one type. */
export const GENERAL_FIELDS: readonly PolicyField[] = [
  { path: 'annual.halfDayAllowed', kind: 'bool', label: 'console.policy.field.halfDayAllowed' },
  { path: 'abroadNoticeDays', kind: 'days', label: 'console.policy.field.abroadNoticeDays' },
  { path: 'continuationGapDays', kind: 'days', label: 'console.policy.field.continuationGapDays' },
  { path: 'reminders.escalateAfterWorkingDays', kind: 'days', label: 'console.policy.field.escalateAfterWorkingDays' },
  { path: 'maternity.laterChildServiceExempt', kind: 'bool', label: 'console.policy.field.laterChildServiceExempt' },
  { path: 'calendar.sixDayWeek', kind: 'bool', label: 'console.policy.field.sixDayWeek' },
];

/** Every value on the form, per type first, then the general ones. */
export const POLICY_FIELDS: readonly PolicyField[] = [
  ...POLICY_FORM_TYPES.flatMap((type) => TYPE_FIELDS.map((f) => ({ path: `types.${type}.${f.key}`, kind: f.kind, label: `console.policy.field.${f.key}` }))),
  ...GENERAL_FIELDS,
];

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path (undefined when absent). */
export function valueAt(source: unknown, path: string): unknown {
  let here: unknown = source;
  for (const key of path.split('.')) {
    if (!isPlain(here)) return undefined;
    here = here[key];
  }
  return here;
}

/** The form's text for a value: days as digits, yes/no as 1/0, "never" as empty. */
export function formValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** A field's typed text as a rules value; the field whose text is not a value for its kind makes it `{ bad }`. */
export function parseField(field: PolicyField, text: string): { value: unknown } | { bad: PolicyField } {
  const trimmed = text.trim();
  if (field.kind === 'bool') return trimmed === '1' ? { value: true } : trimmed === '0' ? { value: false } : { bad: field };
  if (field.kind === 'days_or_never' && trimmed === '') return { value: null };
  // Negative numbers pass here: the rules' own schema refuses them with its message, as for the admin API.
  return /^-?\d{1,4}$/.test(trimmed) ? { value: Number(trimmed) } : { bad: field };
}

function setAt(target: Plain, path: string, value: unknown): void {
  const keys = path.split('.');
  let here = target;
  for (const key of keys.slice(0, -1)) {
    if (!isPlain(here[key])) here[key] = {};
    here = here[key] as Plain;
  }
  here[keys.at(-1)!] = value;
}

function removeAt(target: Plain, path: string): void {
  const keys = path.split('.');
  const parents: Plain[] = [target];
  for (const key of keys.slice(0, -1)) {
    const next = parents.at(-1)![key];
    if (!isPlain(next)) return;
    parents.push(next);
  }
  delete parents.at(-1)![keys.at(-1)!];
  // Drop the objects the removal left empty, deepest first.
  for (let i = parents.length - 1; i > 0; i -= 1) if (Object.keys(parents[i]!).length === 0) delete parents[i - 1]![keys[i - 1]!];
}

/**
 * The scope's new overrides from the form: a value equal to what the scope
 * inherits (the regulation's, or the city's and the units' above) is not
 * stored; any other is. Overrides the form does not show are kept as they are.
 */
export function overridesFromForm(current: unknown, inherited: LeavePolicy, values: ReadonlyMap<string, unknown>): Plain {
  const next = isPlain(current) ? (structuredClone(current) as Plain) : {};
  for (const [path, value] of values) {
    if (JSON.stringify(valueAt(inherited, path)) === JSON.stringify(value)) removeAt(next, path);
    else setAt(next, path, value);
  }
  return next;
}
