import { z } from 'zod';
import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type ParsedReply, type Transition, type TurnContext } from '../src/conversation/flow';
import type { Choice, OutboundMessage } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { parseDateRange } from '../src/conversation/understand/parse-date-range';
import { isAppError } from '../src/domain/app-error';
import { daysBetween, jakartaDay } from '../src/domain/day';
import { formatDayRange } from '../src/domain/format';
import type { Decision } from '../src/domain/leave';
import { approvalCard, DECISIONS, decisionChoices } from '../src/services/leave/approval/approval-card';
import { checkDecision } from '../src/services/leave/approval/decision-checks';
import { decideLeave } from '../src/services/leave/decide-leave';
import { describeRefusal, isLeaveRefused } from '../src/services/leave/leave-refused';
import { getLeaveRequestView } from '../src/services/leave/get-leave-request-view';
import { listPendingForApprover } from '../src/services/leave/list-pending-for-approver';
import { loadCardFacts } from '../src/services/leave/approval/send-approval-card';
import type { LeaveDeps, PendingForApprover } from '../src/services/leave/contract';
import { stepRef } from '../src/services/leave/approval/step-token';

/** Button values of a card: `dec:<step token>:<decision>` (see approvalCard). */
export const DECISION_PREFIX = 'dec:';
const NOTE_MAX = 500;

const draftSchema = z.object({
  token: z.string(),
  name: z.string(),
  dates: z.string(),
  decision: z.enum(['APPROVE', 'CHANGE', 'DEFER', 'REJECT']).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
});
type Draft = z.infer<typeof draftSchema>;

const readDraft = (data: unknown): Draft | null => draftSchema.safeParse(data).data ?? null;
const text = (value: string): OutboundMessage => ({ kind: 'text', text: value });
const deps = (ctx: TurnContext): LeaveDeps => ({
  clock: ctx.clock,
  ...(ctx.agency.letterNumbering ? { letterNumbering: ctx.agency.letterNumbering } : {}),
});

function approverId(ctx: TurnContext): number {
  if (!ctx.actor) throw new Error('the approvals flow needs a linked employee');
  return ctx.actor.employeeId;
}

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

function pendingChoices(items: readonly PendingForApprover[], ctx: TurnContext): Choice[] {
  return items.map((item) => ({
    value: item.stepToken,
    label: ctx.t('approvals.item', {
      name: item.employeeName,
      type: ctx.t(`leave.type.${item.typeCode}`),
      dates: formatDayRange(item.start, item.end, ctx.lang),
      age: ageOf(item, ctx),
    }),
  }));
}

/** The draft for a decision on `token`: who it is about, for the questions that follow. */
async function draftFor(ctx: TurnContext, token: string, decision: Decision): Promise<Draft> {
  const step = await checkDecision(ctx.tx, token, approverId(ctx), ctx.today, decision);
  const view = await getLeaveRequestView(ctx.tx, step.request.id);
  return { token, decision, name: view.employeeName, dates: formatDayRange(view.start, view.end, ctx.lang) };
}

/** Where a chosen decision goes: other dates first for CHANGE, then the note. */
function afterDecision(draft: Draft): Transition {
  return { to: draft.decision === 'CHANGE' ? 'dates' : 'note', data: draft };
}

function refusalReply(error: unknown): ParsedReply<never> {
  if (!isAppError(error)) throw error;
  return { ok: false, hint: error.code, params: error.params };
}

/** Records the decision; answers with the card's outcome (replacing its buttons) and a confirmation. */
async function decide(ctx: TurnContext, draft: Draft, note: string | null): Promise<Transition> {
  try {
    const result = await decideLeave(ctx.tx, deps(ctx), {
      stepToken: draft.token,
      actorEmployeeId: approverId(ctx),
      decision: draft.decision ?? 'APPROVE',
      note,
      ...(draft.start && draft.end ? { changedStart: draft.start, changedEnd: draft.end } : {}),
      channel: ctx.channel,
      chatId: ctx.chatId,
    });
    const outcome = ctx.t(result.outcome.key, result.outcome.params);
    const saved = result.next
      ? ctx.t('approvals.saved_forwarded', { outcome, next: result.next.approverName, role: ctx.t(`approvals.role.${result.next.role}`) })
      : ctx.t('approvals.saved_final', { outcome, name: draft.name });
    const left = (await listPendingForApprover(ctx.tx, deps(ctx), approverId(ctx))).length;
    const more = left > 0 ? `\n${ctx.t('approvals.more_pending', { count: left })}` : '';
    return { done: true, showMenu: false, say: [{ kind: 'resolve', ref: stepRef(draft.token), text: outcome }, text(saved + more)] };
  } catch (error) {
    if (isLeaveRefused(error) && draft.decision === 'CHANGE') {
      return { to: 'dates', data: { ...draft, start: undefined, end: undefined }, say: [text(describeRefusal(error, ctx.lang)), text(ctx.t('approvals.dates_refused'))] };
    }
    if (!isAppError(error)) throw error;
    return { done: true, showMenu: false, say: [text(ctx.t('approvals.refused', { reason: ctx.t(error.code, error.params) }))] };
  }
}

function parseNote(input: InboundContent, data: unknown): ParsedReply<string | null> {
  const draft = readDraft(data);
  const required = draft?.decision === 'DEFER' || draft?.decision === 'REJECT';
  const typed = input.kind === 'text' ? input.text.trim() : '';
  const hint = required ? 'approvals.note_required' : 'approvals.note_hint';
  // Only a typed note completes a decision: a stray button press or file must not approve anything.
  if (input.kind !== 'text') return { ok: false, hint, params: { max: NOTE_MAX } };
  if (typed.length > NOTE_MAX) return { ok: false, hint, params: { max: NOTE_MAX } };
  if (typed === '' || typed === '-') return required ? { ok: false, hint, params: { max: NOTE_MAX } } : { ok: true, value: null };
  return { ok: true, value: typed };
}

/**
 * The supervisor's (and the official's) approvals: the requests waiting for
 * them, oldest first; a request's card; approve, change the dates, defer or
 * reject, with a note (required to defer or reject); then the decision is
 * recorded. Buttons on a card that arrived as a notification (`dec:<token>:<decision>`)
 * land in the `button` step whatever the chat was doing.
 */
export const approvalsFlow = defineFlow({
  id: 'approvals',
  requires: 'linked',
  start: 'open',
  keywords: ['persetujuan', 'approval', 'approvals', 'setujui', 'approve', 'keputusan'],
  intercept: { prefix: DECISION_PREFIX, step: 'button' },
  steps: {
    open: step<void>({
      auto: true,
      prompt: () => [],
      parse: () => ({ ok: true, value: undefined }),
      async next(_value, ctx) {
        const pending = await listPendingForApprover(ctx.tx, deps(ctx), approverId(ctx));
        if (pending.length === 0) return { done: true, showMenu: false, say: [text(ctx.t('approvals.none'))] };
        return { to: 'pick', data: {} };
      },
    }),
    pick: step<string>({
      async prompt(ctx) {
        const pending = await listPendingForApprover(ctx.tx, deps(ctx), approverId(ctx));
        if (pending.length === 0) return [text(ctx.t('approvals.none'))];
        return [{ kind: 'choices', text: ctx.t('approvals.pick', { count: pending.length }), choices: pendingChoices(pending, ctx) }];
      },
      async parse(input, ctx) {
        const pending = await listPendingForApprover(ctx.tx, deps(ctx), approverId(ctx));
        const token = parseChoice(input, pendingChoices(pending, ctx));
        return token ? { ok: true, value: token } : { ok: false, hint: 'approvals.pick_hint' };
      },
      next: (token) => ({ to: 'card', data: { token } }),
    }),
    card: step<Decision>({
      async prompt(ctx, data) {
        const token = String(data.token ?? '');
        try {
          const decisionStep = await checkDecision(ctx.tx, token, approverId(ctx), ctx.today);
          const facts = await loadCardFacts(ctx.tx, await getLeaveRequestView(ctx.tx, decisionStep.request.id));
          return [approvalCard(facts, { token, order: decisionStep.order, role: decisionStep.role }, ctx.lang)];
        } catch (error) {
          if (!isAppError(error)) throw error;
          return [text(ctx.t(error.code, error.params))];
        }
      },
      parse(input, ctx, data) {
        const value = parseChoice(input, decisionChoices(String(data.token ?? ''), ctx.lang));
        const read = value ? readDecisionValue(value) : null;
        return read ? { ok: true, value: read.decision } : { ok: false, hint: 'approvals.card_hint' };
      },
      async next(decision, ctx, data) {
        try {
          return afterDecision(await draftFor(ctx, String(data.token ?? ''), decision));
        } catch (error) {
          if (!isAppError(error)) throw error;
          return { done: true, showMenu: false, say: [text(ctx.t(error.code, error.params))] };
        }
      },
    }),
    button: step<Draft>({
      prompt: (ctx) => [text(ctx.t('approvals.press_button'))],
      async parse(input, ctx) {
        const read = input.kind === 'choice' ? readDecisionValue(input.value) : null;
        if (!read) return { ok: false, hint: 'leave.step_unknown' };
        try {
          return { ok: true, value: await draftFor(ctx, read.token, read.decision) };
        } catch (error) {
          return refusalReply(error);
        }
      },
      next: (draft) => afterDecision(draft),
    }),
    dates: step<{ start: string; end: string }>({
      prompt: (ctx, data) => {
        const draft = readDraft(data);
        return [text(ctx.t('approvals.ask_dates', { name: draft?.name ?? '', dates: draft?.dates ?? '' }))];
      },
      parse(input, ctx) {
        const range = input.kind === 'text' ? parseDateRange(input.text, ctx.today) : null;
        return range ? { ok: true, value: range } : { ok: false, hint: 'approvals.dates_unclear' };
      },
      next: (range, _ctx, data) => ({ to: 'note', data: { ...data, start: range.start, end: range.end } }),
    }),
    note: step<string | null>({
      prompt: (ctx, data) => {
        const draft = readDraft(data);
        return [text(ctx.t(`approvals.ask_note.${draft?.decision ?? 'APPROVE'}`, { name: draft?.name ?? '' }))];
      },
      parse: (input, _ctx, data) => parseNote(input, data),
      async next(note, ctx, data) {
        const draft = readDraft(data);
        if (!draft) return { done: true, say: [text(ctx.t('conversation.unexpected'))] };
        return decide(ctx, draft, note);
      },
    }),
  },
});
