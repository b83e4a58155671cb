import { z } from 'zod';
import { defineFlow, finish, type ParsedReply, say, type Transition, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { parseDateRange } from '../src/conversation/understand/parse-date-range';
import { daysBetween, jakartaDay } from '../src/domain/day';
import { formatDayRange } from '../src/domain/format';
import { approvalCard, CARD_ACTIONS, type CardAction, cardChoices, decisionOf } from '../src/services/leave/approval/approval-card';
import { parseChoice } from '../src/conversation/parse-choice';
import { readPaperValue } from '../src/services/paperwork/paper-button';
import type { PendingForApprover } from '../src/services/leave/contract';
import { stepRef } from '../src/services/leave/approval/step-token';

/** Button values of a card: `dec:<step token>:<action>` (see approvalCard). */
export const DECISION_PREFIX = 'dec:';
/** Button values of the quick-pick notes: `why:<n>` (a common reason), `why:none` (no note). */
const REASON_PREFIX = 'why:';
const NO_NOTE = `${REASON_PREFIX}none`;
const NOTE_MAX = 500;
/** How many common reasons the catalogue holds per decision that requires a note. */
const COMMON_REASONS = 3;

const draftSchema = z.object({
  token: z.string().default(''),
  name: z.string().default(''),
  dates: z.string().default(''),
  decision: z.enum(['APPROVE', 'CHANGE', 'DEFER', 'REJECT']).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  /** How the pending list is ordered: longest waiting first (default), or soonest leave first. */
  sort: z.enum(['waiting', 'start']).default('waiting'),
});
type Draft = z.infer<typeof draftSchema>;
type Step = 'open' | 'pick' | 'card' | 'button' | 'dates' | 'note';

/** "dec:<token>:<ACTION>" -> its parts, or null for anything else. */
export function readDecisionValue(value: string): { token: string; action: CardAction } | null {
  const parts = value.split(':');
  if (parts.length !== 3) return null;
  const [prefix, token, action] = parts;
  if (`${prefix}:` !== DECISION_PREFIX || !token || !CARD_ACTIONS.includes(action as CardAction)) return null;
  return { token, action: action as CardAction };
}

function ageOf(item: PendingForApprover, ctx: TurnContext): string {
  const days = daysBetween(jakartaDay(item.activatedAt), ctx.today);
  return days <= 0 ? ctx.t('approvals.age.today') : ctx.t('approvals.age.days', { days });
}

type Sort = Draft['sort'];
/** Button values of the list's other order. */
const SORT_PREFIX = 'sort:';
const SORTS = {
  /** Longest waiting first: when the step started waiting (the service's order). */
  waiting: (a: PendingForApprover, b: PendingForApprover) => a.activatedAt.getTime() - b.activatedAt.getTime(),
  /** Soonest leave first, then longest waiting. */
  start: (a: PendingForApprover, b: PendingForApprover) => a.start.localeCompare(b.start) || a.activatedAt.getTime() - b.activatedAt.getTime(),
} as const satisfies Record<Sort, (a: PendingForApprover, b: PendingForApprover) => number>;

/** The requests waiting, in `sort` order, then the button that orders them the other way (when there are two or more). */
async function pendingChoices(ctx: TurnContext, { sort }: Draft): Promise<Choice[]> {
  const items = [...(await ctx.services.approvals.pending())].sort(SORTS[sort]);
  const other: Sort = sort === 'waiting' ? 'start' : 'waiting';
  const toggle = items.length > 1 ? [{ value: `${SORT_PREFIX}${other}`, label: ctx.t(`approvals.sort.${other}`) }] : [];
  return [...items.map((item) => ({
    value: item.stepToken,
    label: ctx.t('approvals.item', {
      name: item.employeeName,
      type: ctx.t(`leave.type.${item.typeCode}`),
      dates: formatDayRange(item.start, item.end, ctx.lang),
      age: ageOf(item, ctx),
    }),
  })), ...toggle];
}

/** A note is required to defer or reject; optional to approve or change. */
const noteRequired = (draft: Draft) => draft.decision === 'DEFER' || draft.decision === 'REJECT';

/** The quick picks of the note step: common reasons where a note is required, "no note" where it is optional. */
function noteChoices(ctx: TurnContext, draft: Draft): Choice[] {
  if (!noteRequired(draft)) return [{ value: NO_NOTE, label: ctx.t('approvals.choice.no_note') }];
  return Array.from({ length: COMMON_REASONS }, (_, i) => ({
    value: `${REASON_PREFIX}${i + 1}`,
    label: ctx.t(`approvals.reason.${draft.decision}.${i + 1}`),
  }));
}

/**
 * An action on `token` checked (refused as an AppError), then where it goes:
 * approve is recorded at once; other dates are asked first for CHANGE; a note
 * for NOTE, DEFER and REJECT.
 */
async function decisionOn(ctx: TurnContext, token: string, action: CardAction): Promise<Transition<Step, Draft>> {
  const decision = decisionOf(action);
  const step = await ctx.services.approvals.check(token, ctx.today, decision);
  const view = await ctx.services.approvals.request(step.request.id);
  const draft: Draft = { token, decision, name: view.employeeName, dates: formatDayRange(view.start, view.end, ctx.lang), sort: 'waiting' };
  if (action === 'APPROVE') return decide(ctx, draft, null);
  return { to: action === 'CHANGE' ? 'dates' : 'note', data: draft };
}

/** Records the decision; answers with the card's outcome (replacing its buttons) and a confirmation. */
async function decide(ctx: TurnContext, draft: Draft, note: string | null): Promise<Transition<Step, Draft>> {
  const changed = draft.start && draft.end ? { changedStart: draft.start, changedEnd: draft.end } : {};
  const decided = await ctx.services.approvals.decide({ stepToken: draft.token, decision: draft.decision ?? 'APPROVE', note, ...changed });
  if ('refused' in decided) {
    const refusal = `${ctx.t('leave.refused')}\n${renderLeaveErrors(decided.refused, ctx.lang)}`;
    return { to: 'dates', data: { ...draft, start: undefined, end: undefined }, say: [say(refusal), say(ctx.t('approvals.dates_refused'))] };
  }
  const { result } = decided;
  const outcome = ctx.t(result.outcome.key, result.outcome.params);
  const saved = result.next
    ? ctx.t('approvals.saved_forwarded', { outcome, next: result.next.approverName, role: ctx.t(`approvals.role.${result.next.role}`) })
    : ctx.t('approvals.saved_final', { outcome, name: draft.name });
  const left = (await ctx.services.approvals.pending()).length;
  const more = left > 0 ? `\n${ctx.t('approvals.more_pending', { count: left })}` : '';
  return { done: true, showMenu: false, say: [{ kind: 'resolve', ref: stepRef(draft.token), text: outcome }, say(saved + more)] };
}

/**
 * The note: a quick pick (a common reason, or "no note"), its number, or a
 * typed note. Only these complete a decision: a stray button press or a file
 * must not decide anything.
 */
function parseNote(input: InboundContent, ctx: TurnContext, draft: Draft): ParsedReply<string | null> {
  const required = noteRequired(draft);
  const hint = required ? 'approvals.note_required' : 'approvals.note_hint';
  const picked = parseChoice(input, noteChoices(ctx, draft));
  if (picked === NO_NOTE) return { ok: true, value: null };
  if (picked) return { ok: true, value: ctx.t(`approvals.reason.${draft.decision}.${picked.slice(REASON_PREFIX.length)}`) };
  const typed = input.kind === 'text' ? input.text.trim() : '';
  if (input.kind !== 'text' || typed.length > NOTE_MAX) return { ok: false, hint, params: { max: NOTE_MAX } };
  if (typed === '' || typed === '-') return required ? { ok: false, hint, params: { max: NOTE_MAX } } : { ok: true, value: null };
  return { ok: true, value: typed };
}

/**
 * The supervisor's (and the official's) approvals: the requests waiting for
 * them, oldest first; a request's card; approve with one tap, or approve with
 * a note, change the dates, defer or reject (a note required to defer or
 * reject, with common reasons to pick); then the decision is recorded.
 * Buttons on a card that arrived as a notification (`dec:<token>:<action>`)
 * land in the `button` step whatever the chat was doing. A decision the rules
 * refuse is answered (other dates asked again for a change) and the flow ends.
 */
export const approvalsFlow = defineFlow({
  id: 'approvals',
  requires: 'linked',
  data: draftSchema,
  start: 'open',
  keywords: ['persetujuan', 'approval', 'approvals', 'setujui', 'approve', 'keputusan'],
  intercept: { prefix: DECISION_PREFIX, step: 'button' },
  graph: { open: ['pick', 'done'], pick: ['card', 'pick'], card: ['dates', 'note', 'done'], button: ['dates', 'note', 'done'], dates: ['note'], note: ['dates', 'done'] },
  steps: (s) => ({
    open: s.action({
      run: async (ctx) => ((await ctx.services.approvals.pending()).length === 0 ? finish(ctx.t('approvals.none')) : { to: 'pick', data: {} }),
    }),
    pick: s.choice({
      prompt(ctx, { sort }, choices) {
        const count = choices.filter((c) => !c.value.startsWith(SORT_PREFIX)).length;
        return count === 0 ? [say(ctx.t('approvals.none'))] : ctx.t(`approvals.pick.${sort}`, { count });
      },
      choices: pendingChoices,
      hint: 'approvals.pick_hint',
      next(value, _ctx, draft) {
        if (value.startsWith(SORT_PREFIX)) return { to: 'pick', data: { ...draft, sort: value.slice(SORT_PREFIX.length) === 'start' ? 'start' : 'waiting' } };
        return { to: 'card', data: { token: value } };
      },
    }),
    card: s.choice({
      async prompt(ctx, { token }) {
        const { facts, step } = await ctx.services.approvals.card(token, ctx.today);
        return [approvalCard(facts, step, ctx.lang)];
      },
      async choices(ctx, { token }) {
        const { facts, step } = await ctx.services.approvals.card(token, ctx.today);
        return cardChoices(step, facts.view.id, ctx.lang);
      },
      hint: 'approvals.card_hint',
      refused: 'done',
      async next(value, ctx, { token }) {
        // The form picked by its number (a pressed button is answered by request_paper before it gets here).
        const paper = readPaperValue(value);
        if (paper) return { done: true, showMenu: false, say: [await ctx.services.paperwork.sendFor(paper.kind, { id: paper.requestId }, ctx.lang)] };
        return decisionOn(ctx, token, readDecisionValue(value)!.action);
      },
    }),
    button: s.ask<{ token: string; action: CardAction }>({
      prompt: (ctx) => ctx.t('approvals.press_button'),
      parse(input) {
        const read = input.kind === 'choice' ? readDecisionValue(input.value) : null;
        return read ? { ok: true, value: read } : { ok: false, hint: 'leave.step_unknown' };
      },
      next: (read, ctx) => decisionOn(ctx, read.token, read.action),
    }),
    dates: s.ask<{ start: string; end: string }>({
      prompt: (ctx, draft) => ctx.t('approvals.ask_dates', { name: draft.name, dates: draft.dates }),
      parse(input, ctx) {
        const range = input.kind === 'text' ? parseDateRange(input.text, ctx.today) : null;
        return range ? { ok: true, value: range } : { ok: false, hint: 'approvals.dates_unclear' };
      },
      next: (range, _ctx, draft) => ({ to: 'note', data: { ...draft, start: range.start, end: range.end } }),
    }),
    note: s.ask<string | null>({
      prompt: (ctx, draft) => [
        { kind: 'choices', text: ctx.t(`approvals.ask_note.${draft.decision ?? 'APPROVE'}`, { name: draft.name }), choices: noteChoices(ctx, draft) },
      ],
      parse: (input, ctx, draft) => parseNote(input, ctx, draft),
      refused: 'done',
      next: (note, ctx, draft) => (draft.token ? decide(ctx, draft, note) : { done: true, say: [say(ctx.t('conversation.unexpected'))] }),
    }),
  }),
});
