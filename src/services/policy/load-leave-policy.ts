import { deepMerge, type LeavePolicy, resolvePolicy } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadAuthorityContext, OFFICIAL_NIP_KEY, type ResolvedAuthority } from './authority-context';
import { cachedRules } from './rules-cache';
import type { StepAuthority } from './step-authority';

/** PolicyValue keys: the agency's overrides of the leave rules, and who the authorized official is. */
export const LEAVE_POLICY_KEY = 'leave';
export { OFFICIAL_NIP_KEY };

export type { StepAuthority } from './step-authority';

export interface AgencyLeavePolicy {
  policy: LeavePolicy;
  /** The authorized official (pejabat yang berwenang); null when nobody above the requester can be found. */
  officialId: number | null;
  authority: StepAuthority | null;
}

/** Whose request, for which type: the official and the policy depend on the employee's unit. */
export interface PolicyScope {
  employeeId: number;
  unitId: number;
  typeCode: string;
}

/**
 * The city's leave rules: the regulation's defaults with the overrides of the
 * PolicyValue row 'leave' (none: the defaults). Invalid overrides throw
 * AppError('leave.policy_invalid') rather than running on a guess.
 */
export async function loadLeavePolicy(tx: Tx): Promise<LeavePolicy> {
  return (await loadUnitPolicies(tx)).city;
}

/** The overrides of a unit and its ancestors, root first (each deeper unit wins). */
export function unitOverrideChain(units: ReadonlyArray<{ id: number; parentId: number | null; leavePolicy: unknown }>, unitId: number): unknown[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: unknown[] = [];
  const seen = new Set<number>();
  for (let id: number | null = unitId; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
    seen.add(id);
    const unit = byId.get(id);
    if (unit?.leavePolicy != null) chain.unshift(unit.leavePolicy);
  }
  return chain;
}

/**
 * The rules for a unit's employees: the city's overrides, then each unit's own
 * from the root down to `unitId` (an agency can set e.g. its own notice
 * period; a sub-unit may narrow it again), validated as a whole.
 */
export async function loadLeavePolicyForUnit(tx: Tx, unitId: number): Promise<LeavePolicy> {
  return (await loadUnitPolicies(tx)).of(unitId);
}

/** The rules for one employee: those of their unit (loadLeavePolicyForUnit). */
export async function loadLeavePolicyForEmployee(tx: Tx, employeeId: number): Promise<LeavePolicy> {
  const { unitId } = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { unitId: true } });
  return loadLeavePolicyForUnit(tx, unitId);
}

/** Every unit's rules, read together (two reads) and kept while the rules' version stays the same. */
export interface UnitPolicies {
  /** The city's rules (no unit's overrides). */
  city: LeavePolicy;
  /** The rules of a unit's employees, resolved on first use and kept. */
  of(unitId: number): LeavePolicy;
}

export function loadUnitPolicies(tx: Tx): Promise<UnitPolicies> {
  return cachedRules(tx, 'unit-policies', readUnitPolicies);
}

async function readUnitPolicies(tx: Tx): Promise<UnitPolicies> {
  const cityValue = (await tx.policyValue.findUnique({ where: { key: LEAVE_POLICY_KEY }, select: { value: true } }))?.value ?? {};
  const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true, leavePolicy: true } });
  const city = resolvePolicy(cityValue);
  const known = new Map<number, LeavePolicy>();
  const of = (unitId: number): LeavePolicy => {
    let policy = known.get(unitId);
    if (!policy) {
      const chain = unitOverrideChain(units, unitId);
      policy = chain.length === 0 ? city : resolvePolicy(chain.reduce((merged, next) => deepMerge(merged, next), cityValue));
      known.set(unitId, policy);
    }
    return policy;
  };
  return { city, of };
}

/** The employee's unit (a fixed read). */
async function unitOf(tx: Tx, employeeId: number): Promise<number> {
  const employee = await tx.$dialect.reads.employeeBrief(tx, employeeId);
  if (!employee) throw new Error(`employee ${employeeId} not found`);
  return employee.unitId;
}

/** The official of one request and on whose authority (unit rules, the city's settings, the fallback). */
export async function resolveOfficialFor(tx: Tx, scope: Omit<PolicyScope, 'unitId'> & { unitId?: number }): Promise<ResolvedAuthority> {
  const unitId = scope.unitId ?? (await unitOf(tx, scope.employeeId));
  return (await loadAuthorityContext(tx)).resolve({ id: scope.employeeId, unitId }, scope.typeCode);
}

/**
 * The authorized official: of one request when `scope` says whose and which
 * type (unit rules and the city's settings apply), else the city-wide one.
 */
export async function findAuthorizedOfficial(tx: Tx, scope?: Omit<PolicyScope, 'unitId'>): Promise<number | null> {
  if (scope) return (await resolveOfficialFor(tx, scope)).officialId;
  return (await loadAuthorityContext(tx)).defaultOfficialId;
}

/** Both, as submitLeave needs them (one after the other: a transaction runs one query at a time). */
export async function loadAgencyLeavePolicy(tx: Tx, scope: PolicyScope): Promise<AgencyLeavePolicy> {
  const policy = await loadLeavePolicyForUnit(tx, scope.unitId);
  const { officialId, authority } = await resolveOfficialFor(tx, scope);
  return { policy, officialId, authority };
}
