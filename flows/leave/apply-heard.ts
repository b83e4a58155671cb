import type { Transition, TurnContext } from '../../src/conversation/flow';
import { halfDayApplies, type LeavePolicy, type LeaveTypeCode } from '../../src/domain/leave';
import { advance } from './advance';
import { readLeaveDates } from './check-dates';
import { freeTextSchema } from './free-text';
import { employeeFacts, leaveOf } from './leave-facts';
import type { Heard } from './heard-schema';
import { type LeaveDraft, leaveDraftSchema } from './leave-draft';
import { type LeaveStepId } from './leave-step';

const reasonText = freeTextSchema(3, 500);
const addressText = freeTextSchema(3, 300);

/** The heard dates, checked like typed ones: the draft with them, or the refusal to say before asking again. */
async function withDates(ctx: TurnContext, draft: LeaveDraft, heard: Heard): Promise<{ draft: LeaveDraft; refusal?: string }> {
  const { type, who } = draft;
  if (!heard.start || !heard.end || !type || !who) return { draft };
  const reading = { kind: 'range' as const, start: heard.start, end: heard.end };
  const holidays = type === 'CT' ? await leaveOf(ctx, draft).holidays(heard.start, heard.end) : [];
  const policy = await leaveOf(ctx, draft).policy();
  const dates = readLeaveDates({ reading, typeCode: type, ...who, today: ctx.today, holidays, policy, lang: ctx.lang });
  if (!dates.ok) return { draft, refusal: ctx.t(dates.hint, dates.params) };
  return { draft: withHeardDetails({ ...draft, ...dates.value }, heard, policy) };
}

/** What a message said besides the dates, on a draft that has its dates: reason and address where not answered yet, the half day where one applies. */
export function withHeardDetails(draft: LeaveDraft, heard: Heard, policy: LeavePolicy): LeaveDraft {
  const reason = draft.reason === undefined && heard.reason !== undefined ? reasonText.safeParse(heard.reason) : undefined;
  const address = draft.address === undefined && heard.address !== undefined ? addressText.safeParse(heard.address) : undefined;
  const period = draft.type && draft.start && draft.end ? { typeCode: draft.type, start: draft.start, end: draft.end } : null;
  return {
    ...draft,
    ...(reason?.success ? { reason: reason.data } : {}),
    ...(address?.success ? { address: address.data } : {}),
    ...(heard.halfDay && period && halfDayApplies(period, policy) ? { halfDay: heard.halfDay } : {}),
  };
}

/**
 * A leave request written in one message, once its type is known: the draft
 * with everything the message said that holds (dates checked by the same
 * rules as typed ones, reason and address as free text), then the first
 * question still open, or the summary to confirm.
 */
export async function applyHeard(ctx: TurnContext, from: LeaveDraft, type: LeaveTypeCode, heard: Heard): Promise<Transition<LeaveStepId, LeaveDraft>> {
  const whom = { who: from.who ?? employeeFacts(ctx), ...(from.for ? { for: from.for } : {}) };
  const base = leaveDraftSchema.parse({ type, ...whom, ...(type === 'CM' && heard.childOrder ? { detail: { childOrder: heard.childOrder } } : {}) });
  const dated = await withDates(ctx, base, heard);
  const draft = dated.draft.start ? dated.draft : withHeardDetails(dated.draft, heard, await leaveOf(ctx, base).policy());
  const { refusal } = dated;
  return advance(ctx, draft, refusal);
}
