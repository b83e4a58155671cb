import type { TurnContext } from '../../src/conversation/flow';
import type { LeaveServices } from '../../src/conversation/turn-services';
import { isLeaveTypeCode, type LeavePolicy, type LeaveTypeRule } from '../../src/domain/leave';
import type { LeaveDraft } from './leave-draft';

/** How a type counts its days (working or calendar), or null for a code the policy does not know. */
export function unitOf(policy: LeavePolicy, typeCode: string): LeaveTypeRule['unit'] | null {
  return isLeaveTypeCode(typeCode) ? policy.types[typeCode].unit : null;
}

/** The leave use cases for whoever the request is for: the chat's employee, or the employee they act for (each call checked). */
export function leaveOf(ctx: TurnContext, draft: Pick<LeaveDraft, 'for'>): LeaveServices {
  return draft.for ? ctx.services.proxy.leave(draft.for.id) : ctx.services.leave;
}

/** The catalogue key of a question: its `_for` form ("tanggal cuti Budi?") when asked of someone acting for the employee. */
export function askedKey(draft: Pick<LeaveDraft, 'for'>, key: string): string {
  return draft.for ? `${key}_for` : key;
}

/** The facts of the employee in the chat that decide which questions the leave flow asks (the leave flows require a linked chat). */
export function employeeFacts(ctx: TurnContext): NonNullable<LeaveDraft['who']> {
  if (!ctx.actor) throw new Error('leave flows need a linked employee');
  const { kind, gender, serviceStart } = ctx.actor;
  return { kind, gender, serviceStart };
}

