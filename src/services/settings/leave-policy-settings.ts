import { AppError } from '../../domain/app-error';
import { deepMerge, type LeavePolicy, resolvePolicy } from '../../domain/leave';
import { asJson, type Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';
import { LEAVE_POLICY_KEY, loadLeavePolicyForUnit, unitOverrideChain } from '../policy/load-leave-policy';

export interface PolicyChange {
  path: string;
  from: unknown;
  to: unknown;
}

export interface PolicyPreview {
  /** The unit whose overrides these are (null: the whole city). */
  unit: string | null;
  overrides: unknown;
  changes: PolicyChange[];
  /** Who the change reaches: the units whose rules change and their active employees. */
  affected: { units: number; employees: number };
  saved: boolean;
}

/** Leaf-by-leaf differences between two policies ("types.CT.noticeDays: 7 -> 14"). */
export function diffPolicy(before: unknown, after: unknown, path = ''): PolicyChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffPolicy(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, from: before ?? null, to: after ?? null }];
}

type PolicyUnit = { id: number; code: string; parentId: number | null; leavePolicy: unknown };

async function cityOverrides(tx: Tx): Promise<unknown> {
  return (await tx.policyValue.findUnique({ where: { key: LEAVE_POLICY_KEY }, select: { value: true } }))?.value ?? {};
}

/** The stored overrides (the city's, or one unit's) and the rules in force for that unit. */
export async function readLeavePolicy(tx: Tx, unitCode: string | null): Promise<{ unit: string | null; overrides: unknown; effective: LeavePolicy }> {
  if (unitCode === null) return { unit: null, overrides: await cityOverrides(tx), effective: resolvePolicy(await cityOverrides(tx)) };
  const unit = await tx.orgUnit.findUnique({ where: { code: unitCode }, select: { id: true, leavePolicy: true } });
  if (!unit) throw new AppError('error.not_found');
  return { unit: unitCode, overrides: unit.leavePolicy ?? {}, effective: await loadLeavePolicyForUnit(tx, unit.id) };
}

/**
 * Replaces the city's or a unit's leave-rule overrides, validated as the rules
 * load them (the same zod schema: 400 leave.policy_invalid naming each
 * problem). With `dryRun` nothing is written: the answer shows which numbers
 * change and how many units and employees it reaches. Saving is audited with
 * the previous overrides.
 */
export async function saveLeavePolicy(
  tx: Tx,
  input: { unitCode: string | null; overrides: Record<string, unknown>; dryRun: boolean; by: ActingPerson },
): Promise<PolicyPreview> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, parentId: true, leavePolicy: true } });
  const target = input.unitCode === null ? null : units.find((u) => u.code === input.unitCode);
  if (input.unitCode !== null && !target) throw new AppError('error.not_found');
  const city = await cityOverrides(tx);
  const nextCity = target ? city : input.overrides;
  const nextUnits: PolicyUnit[] = units.map((u) => (target && u.id === target.id ? { ...u, leavePolicy: input.overrides } : u));
  const effective = (list: readonly PolicyUnit[], cityValue: unknown, id: number) =>
    resolvePolicy(unitOverrideChain(list, id).reduce((merged, next) => deepMerge(merged, next), cityValue));
  // Validate before anything else: the unit's (or the city's) rules as they would be.
  const probe = target?.id ?? units.find((u) => u.parentId === null)?.id;
  const after = probe === undefined ? resolvePolicy(nextCity) : effective(nextUnits, nextCity, probe);
  const before = probe === undefined ? resolvePolicy(city) : effective(units, city, probe);
  const changes = diffPolicy(before, after);
  const touched = units.filter((u) => {
    if (changes.length === 0) return false;
    return diffPolicy(effective(units, city, u.id), effective(nextUnits, nextCity, u.id)).length > 0;
  });
  const employees = touched.length === 0 ? 0 : await tx.employee.count({ where: { active: true, unitId: { in: touched.map((u) => u.id) } } });
  const preview: PolicyPreview = { unit: input.unitCode, overrides: input.overrides, changes, affected: { units: touched.length, employees }, saved: false };
  if (input.dryRun) return preview;
  const updatedBy = input.by.actorName ?? 'HR';
  const previous = target ? (target.leavePolicy ?? null) : city;
  if (target) await tx.orgUnit.update({ where: { id: target.id }, data: { leavePolicy: asJson(input.overrides) }, select: { id: true } });
  else {
    await tx.policyValue.upsert({
      where: { key: LEAVE_POLICY_KEY },
      create: { key: LEAVE_POLICY_KEY, value: asJson(input.overrides), updatedBy },
      update: { value: asJson(input.overrides), updatedBy },
    });
  }
  await writeAudit(tx, {
    ...input.by, action: 'settings.leave_policy_saved', entity: target ? 'OrgUnit' : 'PolicyValue', entityId: input.unitCode ?? LEAVE_POLICY_KEY,
    data: { previous, next: input.overrides, changes, affected: preview.affected },
  });
  return { ...preview, saved: true };
}
