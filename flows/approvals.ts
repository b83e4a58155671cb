import { z } from 'zod';
import { defineFlow, finish, type ParsedReply, say, type Transition, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { renderLeaveErrors } from '../src/conversation/render/leave-error-lines';
import { parseDateRange } from '../src/conversation/understand/parse-date-range';
import { daysBetween, jakartaDay } from '../src/domain/day';
import { formatDayRange } from '../src/domain/format';
import type { Decision } from '../src/domain/leave';
import { approvalCard, cardChoices, DECISIONS } from '../src/services/leave/approval/approval-card';
import { readPaperValue } from '../src/services/paperwork/paper-button';
import type { PendingForApprover } from '../src/services/leave/contract';
import { stepRef } from '../src/services/leave/approval/step-token';

/** Button values of a card: `dec:<step token>:<decision>` (see approvalCard). */
export const DECISION_PREFIX = 'dec:';
const NOTE_MAX = 500;

const draftSchema = z.object({
  token: z.string().default(''),
  name: z.string().default(''),
  dates: z.string().default(''),
  decision: z.enum(['APPROVE', 'CHANGE', 'DEFER', 'REJECT']).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
});
type Draft = z.infer<typeof draftSchema>;
type Step = 'open' | 'pick' | 'card' | 'button' | 'dates' | 'note';

/** "dec:<token>:<DECISION>" -> its parts, or null for anything else. */
export function readDecisionValue(value: string): { token: string; decision: Decision } | null {
  const parts = value.split(':');
  if (parts.length !== 3) return null;
  const [prefix, token, decision] = parts;
  if (`${prefix}:` !== DECISION_PREFIX || !token || !DECISIONS.includes(decision as Decision)) return null;
  return { token, decision: decision as Decision };
}

function ageOf(item: PendingForApprover, ctx: TurnContext): string {
  const days = daysBetween(jakartaDay(item.activatedAt), ctx.today);
  return days <= 0 ? ctx.t('approvals.age.today') : ctx.t('approvals.age.days', { days });
}

async function pendingChoices(ctx: TurnContext): Promise<Choice[]> {
  return (await ctx.services.approvals.pending()).map((item) => ({
    value: item.stepToken,
    label: ctx.t('approvals.item', {
      name: item.employeeName,
      type: ctx.t(`leave.type.${item.typeCode}`),
      dates: formatDayRange(item.start, item.end, ctx.lang),
      age: ageOf(item, ctx),
    }),
  }));
}

/** A decision on `token` checked (refused as an AppError), then where it goes: other dates first for CHANGE, then the note. */
async function decisionOn(ctx: TurnContext, token: string, decision: Decision): Promise<Transition<Step, Draft>> {
  const step = await ctx.services.approvals.check(token, ctx.today, decision);
  const view = await ctx.services.approvals.request(step.request.id);
  const draft = { token, decision, name: view.employeeName, dates: formatDayRange(view.start, view.end, ctx.lang) };
  return { to: decision === 'CHANGE' ? 'dates' : 'note', data: draft };
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

function parseNote(input: InboundContent, draft: Draft): ParsedReply<string | null> {
  const required = draft.decision === 'DEFER' || draft.decision === 'REJECT';
  const typed = input.kind === 'text' ? input.text.trim() : '';
  const hint = required ? 'approvals.note_required' : 'approvals.note_hint';
  // Only a typed note completes a decision: a stray button press or file must not approve anything.
  if (input.kind !== 'text' || typed.length > NOTE_MAX) return { ok: false, hint, params: { max: NOTE_MAX } };
  if (typed === '' || typed === '-') return required ? { ok: false, hint, params: { max: NOTE_MAX } } : { ok: true, value: null };
  return { ok: true, value: typed };
}

/**
 * The supervisor's (and the official's) approvals: the requests waiting for
 * them, oldest first; a request's card; approve, change the dates, defer or
 * reject, with a note (required to defer or reject); then the decision is
 * recorded. Buttons on a card that arrived as a notification (`dec:<token>:<decision>`)
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
  graph: { open: ['pick', 'done'], pick: ['card'], card: ['dates', 'note', 'done'], button: ['dates', 'note'], dates: ['note'], note: ['dates', 'done'] },
  steps: (s) => ({
    open: s.action({
      run: async (ctx) => ((await ctx.services.approvals.pending()).length === 0 ? finish(ctx.t('approvals.none')) : { to: 'pick', data: {} }),
    }),
    pick: s.choice({
      prompt: (ctx, _draft, choices) => (choices.length === 0 ? [say(ctx.t('approvals.none'))] : ctx.t('approvals.pick', { count: choices.length })),
      choices: pendingChoices,
      hint: 'approvals.pick_hint',
      next: (token) => ({ to: 'card', data: { token } }),
    }),
    card: s.choice({
      async prompt(ctx, { token }) {
        const step = await ctx.services.approvals.check(token, ctx.today);
        const facts = await ctx.services.approvals.cardFacts(step.request.id);
        return [approvalCard(facts, { token, order: step.order, role: step.role }, ctx.lang)];
      },
      choices: async (ctx, { token }) => cardChoices(token, (await ctx.services.approvals.check(token, ctx.today)).request.id, ctx.lang),
      hint: 'approvals.card_hint',
      refused: 'done',
      async next(value, ctx, { token }) {
        // The form picked by its number (a pressed button is answered by request_paper before it gets here).
        const paper = readPaperValue(value);
        if (paper) return { done: true, showMenu: false, say: [await ctx.services.paperwork.sendFor(paper.kind, { id: paper.requestId }, ctx.lang)] };
        return decisionOn(ctx, token, readDecisionValue(value)!.decision);
      },
    }),
    button: s.ask<{ token: string; decision: Decision }>({
      prompt: (ctx) => ctx.t('approvals.press_button'),
      parse(input) {
        const read = input.kind === 'choice' ? readDecisionValue(input.value) : null;
        return read ? { ok: true, value: read } : { ok: false, hint: 'leave.step_unknown' };
      },
      next: (read, ctx) => decisionOn(ctx, read.token, read.decision),
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
      prompt: (ctx, draft) => ctx.t(`approvals.ask_note.${draft.decision ?? 'APPROVE'}`, { name: draft.name }),
      parse: (input, _ctx, draft) => parseNote(input, draft),
      refused: 'done',
      next: (note, ctx, draft) => (draft.token ? decide(ctx, draft, note) : { done: true, say: [say(ctx.t('conversation.unexpected'))] }),
    }),
  }),
});
