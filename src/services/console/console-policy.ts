import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { defaultLeavePolicy, type LeavePolicy } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { queryAuditLog } from '../admin/query-audit-log';
import { LEAVE_POLICY_KEY } from '../policy/load-leave-policy';
import { readLeavePolicy } from '../settings/leave-policy-settings';

/** How many saved changes the policy page lists. */
const HISTORY_SHOWN = 20;

export interface PolicyHistoryLine {
  at: Date;
  by: string | null;
  channel: string | null;
  changes: Array<{ path: string; from: unknown; to: unknown }>;
  affected: { units: number; employees: number } | null;
}

/** The leave policy of one scope as the console's form shows it. */
export interface PolicyScopeView {
  /** null: the whole city. */
  unit: { code: string; name: string } | null;
  /** The scope's own overrides, as stored. */
  overrides: unknown;
  /** The rules in force in the scope. */
  effective: LeavePolicy;
  /** What the scope would have without its own overrides: the regulation's (the city), or the parent's (a unit). */
  inherited: LeavePolicy;
  /** Every unit, for the picker. */
  units: Array<{ code: string; name: string }>;
  history: PolicyHistoryLine[];
}

const savedData = z.object({
  changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })).catch([]),
  affected: z.object({ units: z.number(), employees: z.number() }).nullable().catch(null),
}).catch({ changes: [], affected: null });

/** The saved changes of a scope's overrides, newest first, from the audit rows saveLeavePolicy writes. */
export async function policyHistory(tx: Tx, unitCode: string | null): Promise<PolicyHistoryLine[]> {
  const { items } = await queryAuditLog(tx, {
    action: 'settings.leave_policy_saved', entity: unitCode === null ? 'PolicyValue' : 'OrgUnit', entityId: unitCode ?? LEAVE_POLICY_KEY, page: 1, pageSize: HISTORY_SHOWN,
  });
  return items.map((row) => {
    const data = savedData.parse(row.data ?? {});
    return { at: row.at, by: row.actorName, channel: row.channel, changes: data.changes, affected: data.affected ?? null };
  });
}

/**
 * The city's (unitCode null) or a unit's leave policy for the form: its own
 * overrides, the rules in force, what it inherits (through the same
 * readLeavePolicy as GET /admin/settings/leave-policy) and its history.
 */
export async function consolePolicyScope(tx: Tx, unitCode: string | null): Promise<PolicyScopeView> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true }, orderBy: { code: 'asc' } });
  const unit = unitCode === null ? null : units.find((u) => u.code === unitCode);
  if (unit === undefined) throw new AppError('error.not_found');
  const own = await readLeavePolicy(tx, unitCode);
  const parent = unit === null || unit.parentId === null ? null : (units.find((u) => u.id === unit.parentId) ?? null);
  const inherited = unit === null ? defaultLeavePolicy : (await readLeavePolicy(tx, parent?.code ?? null)).effective;
  return {
    unit: unit === null ? null : { code: unit.code, name: unit.name },
    overrides: own.overrides,
    effective: own.effective,
    inherited,
    units: units.map((u) => ({ code: u.code, name: u.name })),
    history: await policyHistory(tx, unitCode),
  };
}
