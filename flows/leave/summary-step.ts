import { step } from '../../src/conversation/legacy-flow';
import { type Transition, type TurnContext } from '../../src/conversation/flow';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import { type LeaveSummary, renderLeaveSummary } from '../../src/conversation/render/leave-summary';
import { isAppError } from '../../src/domain/app-error';
import { yearOf } from '../../src/domain/day';
import type { HalfDay } from '../../src/domain/leave';
import { getBalance } from '../../src/services/leave/get-balance';
import { submitLeave } from '../../src/services/leave/submit-leave';
import { employeeActor, leaveDeps, leavePolicy, requireActor } from './leave-facts';
import { chargedDays, type LeaveDraft, readDraft } from './leave-draft';
import { documentFor } from './leave-steps';
import { refusalErrors } from './refusal-errors';
import { readYesNo, yesNoChoices } from '../../src/conversation/understand/read-yes-no';

const confirmChoices = (ctx: TurnContext) => yesNoChoices(ctx.t, 'leave_flow.confirm.yes', 'leave_flow.confirm.no');

function halfDayOf(draft: LeaveDraft): HalfDay | null {
  return draft.halfDay === 'MORNING' || draft.halfDay === 'AFTERNOON' ? draft.halfDay : null;
}

/** What is left of the year's CT before this request; null for other types, a request over New Year, or no balance. */
async function balanceBefore(ctx: TurnContext, draft: LeaveDraft): Promise<LeaveSummary['balance']> {
  if (draft.type !== 'CT' || !draft.start || !draft.end || yearOf(draft.start) !== yearOf(draft.end)) return null;
  const year = yearOf(draft.start);
  try {
    const balance = await getBalance(ctx.tx, leaveDeps(ctx), requireActor(ctx).employeeId, year);
    return { year, available: balance.available };
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}

async function summaryOf(ctx: TurnContext, draft: LeaveDraft): Promise<LeaveSummary | null> {
  if (!draft.type || !draft.start || !draft.end || draft.reason === undefined || draft.address === undefined) return null;
  const policy = await leavePolicy(ctx);
  const document = documentFor(draft, policy);
  return {
    typeCode: draft.type,
    start: draft.start,
    end: draft.end,
    halfDay: halfDayOf(draft),
    days: chargedDays(draft),
    unit: policy.types[draft.type].unit,
    detail: draft.detail,
    reason: draft.reason,
    address: draft.address,
    documentKey: document === 'NONE' || draft.documentIds.length === 0 ? null : `leave.document.${document}`,
    documentNames: draft.documentNames,
    balance: await balanceBefore(ctx, draft),
  };
}

/** submitLeave decides; a refusal lists every failed rule and offers to change the dates or drop the request. */
async function submit(ctx: TurnContext, draft: LeaveDraft): Promise<Transition> {
  if (!draft.type || !draft.start || !draft.end || draft.reason === undefined || draft.address === undefined) return { to: 'type', data: {} };
  const actor = requireActor(ctx);
  try {
    const view = await submitLeave(ctx.tx, leaveDeps(ctx), {
      employeeId: actor.employeeId,
      actor: employeeActor(ctx),
      typeCode: draft.type,
      start: draft.start,
      end: draft.end,
      halfDay: halfDayOf(draft),
      reason: draft.reason,
      address: draft.address,
      detail: draft.detail,
      documentIds: draft.documentIds,
    });
    const first = view.steps.find((s) => s.status === 'PENDING') ?? view.steps[0];
    const approver = first ? (first.delegateName ?? first.approverName) : ctx.t('leave_flow.role.SUPERVISOR');
    return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.submitted', { ref: view.ref, approver }) }] };
  } catch (error) {
    const errors = refusalErrors(error);
    if (!errors) throw error;
    return { to: 'refused', data: { ...draft, errors } };
  }
}

/** Every fact on one card, the days it takes and the balance after; ya/tidak sends or drops it. */
export const summaryStep = step<boolean>({
  async prompt(ctx, data): Promise<OutboundMessage[]> {
    const summary = await summaryOf(ctx, readDraft(data));
    if (!summary) return [{ kind: 'text', text: ctx.t('conversation.unexpected') }];
    const text = `${renderLeaveSummary(summary, ctx.t, ctx.lang)}\n\n${ctx.t('leave_flow.summary.confirm')}`;
    return [{ kind: 'choices', text, choices: confirmChoices(ctx) }];
  },
  parse(input, ctx) {
    const yes = readYesNo(input, confirmChoices(ctx));
    return yes === null ? { ok: false, hint: 'leave_flow.confirm.hint' } : { ok: true, value: yes };
  },
  next(yes, ctx, data) {
    if (!yes) return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.not_sent') }] };
    return submit(ctx, readDraft(data));
  },
});
