import type { Transition, TurnContext } from '../../src/conversation/flow';
import type { LeaveDetail } from '../../src/domain/leave';
import { leavePolicy } from './leave-facts';
import type { LeaveDraft } from './leave-draft';
import { nextLeaveStep } from './leave-steps';

/** Moves on to the first open question of the draft, after an optional word on what was understood. */
export async function advance(ctx: TurnContext, draft: LeaveDraft, say?: string): Promise<Transition> {
  const to = nextLeaveStep(draft, await leavePolicy(ctx), ctx.today);
  return say ? { to, data: draft, say: [{ kind: 'text', text: say }] } : { to, data: draft };
}

/** Records one answer in the draft's type-specific detail and moves on. */
export function withDetail(ctx: TurnContext, draft: LeaveDraft, patch: LeaveDetail): Promise<Transition> {
  return advance(ctx, { ...draft, detail: { ...draft.detail, ...patch } });
}
