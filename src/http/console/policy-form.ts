import { defaultLeavePolicy, HOLIDAY_KINDS, type LeavePolicy, policyValueSchema } from '../../domain/leave';

/**
 * What a policy value is on the form: whole days, yes/no, days where empty
 * means "never", or a list (of days, or of codes), one entry per line.
 */
export type PolicyFieldKind = 'days' | 'bool' | 'days_or_never' | 'day_list' | 'code_list';

export interface PolicyField {
  /** The value's path in the rules ("types.CT.noticeDays"), also the form field's name. */
  path: string;
  kind: PolicyFieldKind;
  /** Catalogue key of its label. */
  label: string;
  /** A code list: the codes the product knows, each with its label under `codeLabel` + code. */
  codes?: { known: readonly string[]; codeLabel: string };
}

/** Why a field's text was refused: a catalogue key and its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string>;
}

export const isListField = (field: PolicyField): boolean => field.kind === 'day_list' || field.kind === 'code_list';

/** The reasons the chat can offer (the regulation's, each with a leave.reason.* label). */
const KNOWN_REASONS = [...new Set([...defaultLeavePolicy.importantReasons.reasons, ...defaultLeavePolicy.annual.pppkEarlyReasons])];
const reasonCodes = { known: KNOWN_REASONS, codeLabel: 'leave.reason.' };

/** The leave types whose local values the form shows (cuti bersama is set by decree, never requested). */
export const POLICY_FORM_TYPES = ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN'] as const;

/** The local values of each leave type: notice, the emergency exception, when the authorized official decides. */
export const TYPE_FIELDS: ReadonlyArray<{ key: 'noticeDays' | 'emergencyOverride' | 'officialOverDays'; kind: PolicyFieldKind }> = [
  { key: 'noticeDays', kind: 'days' },
  { key: 'emergencyOverride', kind: 'bool' },
  { key: 'officialOverDays', kind: 'days_or_never' },
];

/** The lists of a leave type: the reasons it accepts. */
export const TYPE_LIST_FIELDS: Readonly<Partial<Record<(typeof POLICY_FORM_TYPES)[number], readonly PolicyField[]>>> = {
  CT: [{ path: 'annual.pppkEarlyReasons', kind: 'code_list', label: 'console.policy.field.pppkEarlyReasons', codes: reasonCodes }],
  CAP: [{ path: 'importantReasons.reasons', kind: 'code_list', label: 'console.policy.field.importantReasons', codes: reasonCodes }],
};

/** The local values that belong to no one type. */
export const GENERAL_FIELDS: readonly PolicyField[] = [
  { path: 'annual.halfDayAllowed', kind: 'bool', label: 'console.policy.field.halfDayAllowed' },
  { path: 'abroadNoticeDays', kind: 'days', label: 'console.policy.field.abroadNoticeDays' },
  { path: 'continuationGapDays', kind: 'days', label: 'console.policy.field.continuationGapDays' },
  { path: 'reminders.escalateAfterWorkingDays', kind: 'days', label: 'console.policy.field.escalateAfterWorkingDays' },
  { path: 'maternity.laterChildServiceExempt', kind: 'bool', label: 'console.policy.field.laterChildServiceExempt' },
  { path: 'calendar.sixDayWeek', kind: 'bool', label: 'console.policy.field.sixDayWeek' },
  { path: 'reminders.remindAfterWorkingDays', kind: 'day_list', label: 'console.policy.field.remindAfterWorkingDays' },
  { path: 'calendar.excludedHolidayKinds', kind: 'code_list', label: 'console.policy.field.excludedHolidayKinds', codes: { known: HOLIDAY_KINDS, codeLabel: 'console.holidays.kind.' } },
];

/** A leave type's fields on the form: its local values, then its lists. */
export function typeFields(type: (typeof POLICY_FORM_TYPES)[number]): PolicyField[] {
  return [
    ...TYPE_FIELDS.map((f) => ({ path: `types.${type}.${f.key}`, kind: f.kind, label: `console.policy.field.${f.key}` })),
    ...(TYPE_LIST_FIELDS[type] ?? []),
  ];
}

/** Every value on the form, per type first, then the general ones. */
export const POLICY_FIELDS: readonly PolicyField[] = [...POLICY_FORM_TYPES.flatMap(typeFields), ...GENERAL_FIELDS];

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

/** The form's text for a value: days as digits, yes/no as 1/0, "never" as empty, a list one entry per line. */
export function formValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

const WHOLE = /^-?\d{1,4}$/;

/**
 * A list's text (one entry per line, or separated by commas) checked by the
 * part of the rules' schema that checks it, as the admin API's: entries
 * trimmed, blank ones and repeats dropped, codes in capitals, days in order.
 * A code list takes only the codes the product knows (the chat has a label for
 * no other).
 */
function parseList(field: PolicyField, text: string): { value: unknown } | { bad: FieldProblem } {
  const entries = text.split(/[\n,;]/).map((e) => e.trim()).filter((e) => e !== '');
  const typed = field.kind === 'day_list' ? entries.map((e) => (WHOLE.test(e) ? Number(e) : e)) : entries.map((e) => e.toUpperCase());
  const list = [...new Set(typed)];
  const schema = policyValueSchema(field.path);
  if (!schema) throw new Error(`no rules value at ${field.path}`);
  const checked = schema.safeParse(list);
  const known = field.codes?.known ?? [];
  const knownText = known.join(', ');
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const entry = String(list[Number(issue.path[0])] ?? '');
    if (field.kind === 'day_list') return { bad: { key: 'console.policy.bad.list_day', params: { entry } } };
    return { bad: { key: 'console.policy.bad.list_code', params: { entry, known: knownText } } };
  }
  const unknown = field.codes ? list.find((code) => !known.includes(String(code))) : undefined;
  if (unknown !== undefined) return { bad: { key: 'console.policy.bad.list_code', params: { entry: String(unknown), known: knownText } } };
  const value = checked.data as unknown[];
  return { value: field.kind === 'day_list' ? [...(value as number[])].sort((a, b) => a - b) : value };
}

/** A field's typed text as a rules value; text that is no value for its field's kind makes it `{ bad }`, with why. */
export function parseField(field: PolicyField, text: string): { value: unknown } | { bad: FieldProblem } {
  if (isListField(field)) return parseList(field, text);
  const trimmed = text.trim();
  if (field.kind === 'bool') return trimmed === '1' ? { value: true } : trimmed === '0' ? { value: false } : { bad: { key: 'console.policy.bad.bool' } };
  if (field.kind === 'days_or_never' && trimmed === '') return { value: null };
  // Negative numbers pass here: the rules' own schema refuses them with its message, as for the admin API.
  return WHOLE.test(trimmed) ? { value: Number(trimmed) } : { bad: { key: 'console.policy.bad.days' } };
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
