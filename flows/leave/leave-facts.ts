import type { TurnContext } from '../../src/conversation/flow';
import { isLeaveTypeCode, type LeavePolicy, type LeaveTypeRule } from '../../src/domain/leave';
import type { LeaveDraft } from './leave-draft';

/** How a type counts its days (working or calendar), or null for a code the policy does not know. */
export function unitOf(policy: LeavePolicy, typeCode: string): LeaveTypeRule['unit'] | null {
  return isLeaveTypeCode(typeCode) ? policy.types[typeCode].unit : null;
}

/** The facts of the employee in the chat that decide which questions the leave flow asks (the leave flows require a linked chat). */
export function employeeFacts(ctx: TurnContext): NonNullable<LeaveDraft['who']> {
  if (!ctx.actor) throw new Error('leave flows need a linked employee');
  const { kind, gender, serviceStart } = ctx.actor;
  return { kind, gender, serviceStart };
}

