import type { Transition, TurnContext } from '../../src/conversation/flow';
import type { LeaveDetail } from '../../src/domain/leave';
import type { LeaveDraft, LeaveStepId } from './leave-step';
import { nextLeaveStep } from './leave-steps';
import { leaveOf } from './leave-facts';

/** Moves on to the first open question of the draft, after an optional word on what was understood. */
export async function advance(ctx: TurnContext, draft: LeaveDraft, say?: string): Promise<Transition<LeaveStepId, LeaveDraft>> {
  const to = nextLeaveStep(draft, await leaveOf(ctx, draft).policy(), ctx.today, await leaveOf(ctx, draft).requester());
  return say ? { to, data: draft, say: [{ kind: 'text', text: say }] } : { to, data: draft };
}

/** Records one answer in the draft's type-specific detail and moves on. */
export function withDetail(ctx: TurnContext, draft: LeaveDraft, patch: LeaveDetail): Promise<Transition<LeaveStepId, LeaveDraft>> {
  return advance(ctx, { ...draft, detail: { ...draft.detail, ...patch } });
}
