import { defaultLeavePolicy, type LeavePolicy, resolvePolicy } from '../../domain/leave';
import type { Tx } from '../../store/database';

/** PolicyValue keys: the agency's overrides of the leave rules, and who the authorized official is. */
export const LEAVE_POLICY_KEY = 'leave';
export const OFFICIAL_NIP_KEY = 'leave.officialNip';

export interface AgencyLeavePolicy {
  policy: LeavePolicy;
  /** The authorized official (pejabat yang berwenang); null when the organisation has no head on record. */
  officialId: number | null;
}

/**
 * The agency's leave rules: the regulation's defaults with the overrides of the
 * PolicyValue row 'leave' (none: the defaults). Invalid overrides throw
 * AppError('leave.policy_invalid') rather than running on a guess.
 */
export async function loadLeavePolicy(tx: Tx): Promise<LeavePolicy> {
  const row = await tx.policyValue.findUnique({ where: { key: LEAVE_POLICY_KEY }, select: { value: true } });
  return row ? resolvePolicy(row.value) : defaultLeavePolicy;
}

/**
 * The authorized official: the active employee named by PolicyValue
 * 'leave.officialNip' (a NIP string), else the head of the root unit (the unit
 * without a parent, the oldest if several).
 */
export async function findAuthorizedOfficial(tx: Tx): Promise<number | null> {
  const named = await tx.policyValue.findUnique({ where: { key: OFFICIAL_NIP_KEY }, select: { value: true } });
  if (named && typeof named.value === 'string' && named.value.trim() !== '') {
    const official = await tx.employee.findFirst({ where: { nip: named.value.trim(), active: true }, select: { id: true } });
    if (official) return official.id;
  }
  const root = await tx.orgUnit.findFirst({ where: { parentId: null, headId: { not: null } }, orderBy: { id: 'asc' }, select: { headId: true } });
  return root?.headId ?? null;
}

/** Both, as submitLeave needs them (one after the other: a transaction runs one query at a time). */
export async function loadAgencyLeavePolicy(tx: Tx): Promise<AgencyLeavePolicy> {
  const policy = await loadLeavePolicy(tx);
  return { policy, officialId: await findAuthorizedOfficial(tx) };
}
