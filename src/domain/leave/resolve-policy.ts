import { defaultLeavePolicy } from './default-policy';
import { leaveError, toAppError } from './leave-error';
import { type LeavePolicy, leavePolicySchema } from './policy';

type PlainObject = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars in `override` replace. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: PlainObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = deepMerge(base[key], value);
  }
  return out;
}

/**
 * The agency's policy: its overrides (e.g. `{ types: { CT: { noticeDays: 3 } } }`)
 * merged over the regulation's defaults, then validated as a whole. Unknown keys
 * are rejected so a typo in the agency's settings cannot pass silently.
 * Throws AppError('leave.policy_invalid') with the problems in `detail`.
 */
export function resolvePolicy(overrides: unknown, base: LeavePolicy = defaultLeavePolicy): LeavePolicy {
  if (overrides !== undefined && overrides !== null && !isPlainObject(overrides)) {
    throw toAppError(leaveError('leave.policy_invalid', { detail: 'overrides must be an object' }));
  }
  const parsed = leavePolicySchema.safeParse(deepMerge(base, overrides ?? {}));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw toAppError(leaveError('leave.policy_invalid', { detail }));
  }
  return parsed.data;
}
