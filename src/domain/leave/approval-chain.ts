import type { IsoDay } from '../day';
import { type Delegation, resolveDelegate } from './delegation';
import { type LeaveError, leaveError } from './leave-error';
import { needsOfficial } from './needs-official';
import type { LeavePolicy } from './policy';
import type { LeaveTypeCode } from './types';
import { directApprover, type UnitNode } from './unit-tree';

export type StepRole = 'SUPERVISOR' | 'OFFICIAL';

export interface ApprovalStepPlan {
  readonly order: number;
  readonly role: StepRole;
  readonly approverId: number;
  readonly delegateId?: number;
}

export interface ChainInput {
  readonly employee: { readonly id: number; readonly supervisorId?: number | null; readonly unitId: number };
  readonly units: readonly UnitNode[];
  readonly typeCode: LeaveTypeCode;
  readonly days: number;
  readonly policy: LeavePolicy;
  /** The authorized official (pejabat yang berwenang) of the employee's agency. */
  readonly officialId: number | null;
  readonly delegations: readonly Delegation[];
  readonly today: IsoDay;
}

export type ChainResult =
  | { readonly ok: true; readonly steps: readonly ApprovalStepPlan[] }
  | { readonly ok: false; readonly error: LeaveError };

/**
 * Who decides, in order: the direct supervisor (see directApprover), then the
 * authorized official where the policy needs one (needsOfficial). The official
 * step is dropped when the official is the supervisor or the requester; when no
 * supervisor can be found the official decides alone. Each step names the
 * delegate standing in for its approver today.
 */
export function buildApprovalChain(input: ChainInput): ChainResult {
  const { employee, officialId } = input;
  const supervisorId = directApprover(employee, input.units);
  const official = officialId !== null && officialId !== employee.id ? officialId : null;
  const approvers: { role: StepRole; approverId: number }[] = [];
  if (supervisorId !== null) approvers.push({ role: 'SUPERVISOR', approverId: supervisorId });
  const wantsOfficial = needsOfficial(input.typeCode, input.days, input.policy) || supervisorId === null;
  if (wantsOfficial && official !== null && official !== supervisorId) {
    approvers.push({ role: 'OFFICIAL', approverId: official });
  }
  if (approvers.length === 0) return { ok: false, error: leaveError('leave.no_approver') };
  const steps = approvers.map(({ role, approverId }, index) => {
    const delegateId = resolveDelegate(approverId, input.delegations, input.today, employee.id);
    return delegateId === null ? { order: index + 1, role, approverId } : { order: index + 1, role, approverId, delegateId };
  });
  return { ok: true, steps };
}
