import type { TurnContext } from '../../src/conversation/flow';
import { type LeaveSummary, renderLeaveSummary } from '../../src/conversation/render/leave-summary';
import { yearOf } from '../../src/domain/day';
import type { HalfDay } from '../../src/domain/leave';
import { chargedDays } from './draft-checks';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';
import { documentFor } from './draft-checks';
import { phoneDuring } from './phone-step';
import { readYesNo } from '../../src/conversation/understand/read-yes-no';
import { leaveOf } from './leave-facts';

function halfDayOf(draft: LeaveDraft): HalfDay | null {
  return draft.halfDay === 'MORNING' || draft.halfDay === 'AFTERNOON' ? draft.halfDay : null;
}

/** What is left of the year's CT before this request; null for other types or a request over New Year. */
async function balanceBefore(ctx: TurnContext, draft: LeaveDraft): Promise<LeaveSummary['balance']> {
  if (draft.type !== 'CT' || !draft.start || !draft.end || yearOf(draft.start) !== yearOf(draft.end)) return null;
  const year = yearOf(draft.start);
  return { year, available: (await leaveOf(ctx, draft).balance(year)).available };
}

/** The draft once every answer is in, or null. */
function complete(draft: LeaveDraft) {
  const { type, start, end, reason, address } = draft;
  return type && start && end && reason !== undefined && address !== undefined ? { ...draft, type, start, end, reason, address } : null;
}

async function summaryOf(ctx: TurnContext, draft: LeaveDraft): Promise<LeaveSummary | null> {
  const done = complete(draft);
  if (!done) return null;
  const policy = await leaveOf(ctx, draft).policy();
  const document = documentFor(draft, policy);
  return {
    typeCode: done.type,
    start: done.start,
    end: done.end,
    halfDay: halfDayOf(draft),
    days: chargedDays(draft),
    unit: policy.types[done.type].unit,
    detail: draft.detail,
    reason: done.reason,
    address: done.address,
    documentKey: document === 'NONE' || draft.documentIds.length === 0 ? null : `leave.document.${document}`,
    documentNames: draft.documentNames,
    documentLaterKey: document !== 'NONE' && draft.documentIds.length === 0 && draft.documentLater ? `leave.document.${document}` : null,
    phone: await phoneDuring(ctx, draft),
    balance: await balanceBefore(ctx, draft),
  };
}

type Confirm = 'yes' | 'no' | 'phone';

/**
 * Every fact on one card, the days it takes and the balance after; ya/tidak
 * sends or drops it, a third button changes the phone during leave (the one
 * on record is kept by sending). submitLeave decides: a refusal lists every
 * failed rule and offers to change the dates or drop the request.
 */
export const summaryStep = leaveStep.choice<Confirm>({
  async prompt(ctx, draft) {
    const summary = await summaryOf(ctx, draft);
    if (!summary) return [{ kind: 'text', text: ctx.t('conversation.unexpected') }];
    const whose = draft.for ? `${ctx.t('leave_flow.proxy.summary_for', { name: draft.for.name, nip: draft.for.nip })}\n` : '';
    return `${whose}${renderLeaveSummary(summary, ctx.t, ctx.lang)}\n\n${ctx.t('leave_flow.summary.confirm')}`;
  },
  choices: (ctx) => (['yes', 'no', 'phone'] as const).map((value) => ({ value, label: ctx.t(`leave_flow.confirm.${value}`) })),
  read: (input, choices) => {
    const yes = readYesNo(input, choices.slice(0, 2));
    return yes === null ? null : yes ? 'yes' : 'no';
  },
  hint: 'leave_flow.confirm.hint',
  async next(answer, ctx, draft) {
    if (answer === 'phone') return { to: 'phone', data: draft };
    if (answer === 'no') return { done: true, showMenu: false, say: [{ kind: 'text', text: ctx.t('leave_flow.not_sent') }] };
    const done = complete(draft);
    if (!done) return { to: 'type', data: {} };
    const { type: typeCode, start, end, reason, address, detail, documentIds } = done;
    const result = await leaveOf(ctx, draft).submit({ typeCode, start, end, halfDay: halfDayOf(draft), reason, address, phoneDuring: await phoneDuring(ctx, draft), detail, documentIds });
    if ('refused' in result) return { to: 'refused', data: { ...draft, errors: result.refused.map((e) => ({ code: e.code, params: { ...e.params } })) } };
    const first = result.view.steps.find((s) => s.status === 'PENDING') ?? result.view.steps[0];
    const approver = first ? (first.delegateName ?? first.approverName) : ctx.t('leave_flow.role.SUPERVISOR');
    const submitted = draft.for
      ? `${ctx.t('leave_flow.proxy.submitted', { ref: result.view.ref, approver, name: draft.for.name })} ${ctx.t(draft.for.linked ? 'leave_flow.proxy.told' : 'leave_flow.proxy.not_linked', { name: draft.for.name })}`
      : ctx.t('leave_flow.submitted', { ref: result.view.ref, approver });
    if (!result.view.missingDocument) return { done: true, showMenu: false, say: [{ kind: 'text', text: submitted }] };
    const later = ctx.t('leave_flow.submitted_document_later', { document: ctx.t(`leave.document.${result.view.missingDocument}`) });
    return { done: true, showMenu: false, say: [{ kind: 'text', text: `${submitted}\n\n${later}` }] };
  },
});
