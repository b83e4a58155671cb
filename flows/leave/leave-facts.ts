import type { Actor } from '../../src/chat/actor';
import type { LeaveActor, LeaveDeps } from '../../src/services/leave/contract';
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

/** The verified employee of the chat; the leave flows require a linked chat, so this holds. */
export function requireActor(ctx: TurnContext): Actor {
  if (!ctx.actor) throw new Error('leave flows need a linked employee');
  return ctx.actor;
}

/** The employee in the chat as the leave services see them. */
export function employeeActor(ctx: TurnContext): LeaveActor {
  const actor = requireActor(ctx);
  return { type: 'EMPLOYEE', employeeId: actor.employeeId, name: actor.name, channel: ctx.channel };
}

export const leaveDeps = (ctx: TurnContext): LeaveDeps => ({ clock: ctx.clock });
export const leavePolicy = (ctx: TurnContext) => ctx.services.leave.policy();
