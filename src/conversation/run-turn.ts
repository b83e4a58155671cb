import type { FlowRegistry } from './flow-registry';
import type { FlowData, FlowDef, ParsedReply, StepDef, TurnContext, Transition } from './flow';
import { globalWordOf } from './global-words';
import { smallTalkOf, smallTalkReply } from './understand/small-talk';
import { draftResumed, holdsDraft, switchAnswerOf, switchQuestion, switchTargetOf, takesFreeText } from './intent-switch';
import type { InboundContent } from '../chat/inbound-message';
import type { OutboundMessage } from '../chat/outbound-message';
import { type AppError, type ErrorParams, isAppError } from '../domain/app-error';
import { isIsoDay } from '../domain/day';
import { formatDay, formatPeriod } from '../domain/format';
import type { Language } from '../domain/language';
import { describeRefusal, isLeaveRefused } from '../services/leave/leave-refused';
import { IDLE_FLOW, IDLE_STEP, type SessionState } from './session-state';

/** Flow ids the engine itself sends people to. */
export const LINK_FLOW = 'link_account';
export const HELP_FLOW = 'help';
const MAX_HOPS = 12;
const MAX_BACK = 12;
/** Never opened by a word typed inside another flow: the menu itself, and linking (for a linked person). */
const NEVER_SWITCHED_TO: ReadonlySet<string> = new Set([IDLE_FLOW, LINK_FLOW]);

export interface TurnResult {
  state: SessionState;
  replies: OutboundMessage[];
  /** The step could not read the input: the replies are only its hint. */
  unread: boolean;
}

const isIdle = (state: Pick<SessionState, 'flow' | 'step'>) => state.flow === IDLE_FLOW && state.step === IDLE_STEP;
const idle = (state: SessionState): SessionState => ({ ...state, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [] });

/** The flow's data as its schema reads it; a broken or foreign shape starts afresh rather than failing the chat. */
function dataOf(flow: FlowDef | undefined, raw: FlowData): FlowData {
  if (!flow) return raw;
  const parsed = flow.data.safeParse(raw);
  return parsed.success ? parsed.data : flow.data.parse({});
}

/** Params as a person reads them: ISO days "12 Des 2026", months "Desember 2026". */
function readableParams(params: ErrorParams, lang: Language): ErrorParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value !== 'string' ? value : isIsoDay(value) ? formatDay(value, lang) : /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? formatPeriod(value, lang) : value;
  }
  return out;
}

/** The exit a transition takes, as the flow's graph names it. */
function exitOf(transition: Transition): string {
  if ('done' in transition) return 'done';
  if ('flow' in transition) return transition.step ? `flow:${transition.flow}.${transition.step}` : `flow:${transition.flow}`;
  return transition.to;
}

/**
 * One turn of a conversation: given the stored state and one inbound message,
 * returns the new state and the replies. Knows nothing of channels or storage;
 * steps reach the database only through `ctx.services`. An AppError thrown by
 * a step is answered with its message and the chat stays where it was (the
 * one error boundary of the conversation).
 */
export async function runTurn(
  flows: FlowRegistry,
  stored: SessionState,
  input: InboundContent,
  ctx: TurnContext,
  idleMs: number,
): Promise<TurnResult> {
  const replies: OutboundMessage[] = [];
  let unread = false;
  // A question whether to leave a draft is asked once: this turn answers it or moves on.
  const { switching, ...rest } = stored;
  let state: SessionState = { ...rest, lastActiveAt: ctx.now.toISOString() };
  const say = (...messages: OutboundMessage[]) => replies.push(...messages);
  /** A word of the engine's own (introduction, "closed", "cancelled"): said in one message with what follows it (see denser). */
  const notes = new WeakSet<OutboundMessage>();
  const note = (message: { kind: 'text'; text: string }) => (notes.add(message), message);
  const text = (key: string) => note({ kind: 'text' as const, text: ctx.t(key) });
  const stepAt = (at: Pick<SessionState, 'flow' | 'step'>): StepDef | undefined => flows.step(at.flow, at.step);
  const data = () => dataOf(flows.flow(state.flow), state.data);
  /** An AppError as the person reads it: every failed rule of a refusal, or its one message (days and months written out). */
  const hintOf = (error: AppError): OutboundMessage => ({
    kind: 'text',
    text: isLeaveRefused(error) ? describeRefusal(error, ctx.lang) : ctx.t(error.code, readableParams(error.params, ctx.lang)),
  });
  const remember = (): SessionState['back'] =>
    isIdle(state) ? state.back : [...state.back, { flow: state.flow, step: state.step, data: state.data }].slice(-MAX_BACK);

  const enter = async (flowId: string, stepId: string | undefined, data: FlowData, back: boolean, quiet = false): Promise<void> => {
    let target = flows.flow(flowId);
    if (!target) throw new Error(`unknown flow ${flowId}`);
    if (target.requires !== 'none' && !ctx.actor) {
      say(text('conversation.link_first'));
      [target, stepId, data] = [flows.flow(LINK_FLOW)!, undefined, {}];
    } else if (target.requires === 'hr' && ctx.actor?.role !== 'HR') {
      say(text('conversation.not_allowed'));
      [target, stepId, data] = [flows.flow(IDLE_FLOW)!, undefined, {}];
    }
    let nextStep = stepId ?? target.start;
    const draft = state.draft;
    if (draft && Date.parse(draft.at) + idleMs < ctx.now.getTime()) delete state.draft;
    else if (draft && draft.flow === target.id && stepId === undefined && Object.keys(data).length === 0) {
      // A request left half-filled for another flow is picked up where it was.
      [nextStep, data] = [draft.step, draft.data];
      delete state.draft;
      say(note({ kind: 'text', text: draftResumed(ctx, target.id) }));
    }
    // Action steps (no reply expected) are not places to come back to.
    if (back && stepAt(state)?.kind !== 'action') state.back = remember();
    if (target.id === IDLE_FLOW) state.back = [];
    state = { ...state, flow: target.id, step: nextStep, data };
    const def = flows.step(target.id, nextStep);
    if (!def) throw new Error(`unknown step ${target.id}.${nextStep}`);
    if (!quiet) say(...(await def.prompt(ctx, dataOf(target, data))));
  };

  /** The current step's transition for `value`, which its flow's graph must list. */
  const nextOf = async (def: StepDef, value: unknown): Promise<Transition> => {
    const transition = await def.next(value, ctx, data());
    const exits = flows.flow(state.flow)?.graph[state.step];
    const exit = exitOf(transition);
    if (exits && !exits.includes(exit) && !('flow' in transition && exits.includes(`flow:${transition.flow}`))) {
      throw new Error(`${state.flow}.${state.step} may not lead to ${exit} (its graph lists ${exits.join(', ')})`);
    }
    return transition;
  };

  /** The transition for a parsed reply; a refusal goes where the step says (StepDef.refused), if it says. */
  const afterReply = async (def: StepDef, value: unknown): Promise<Transition> => {
    try {
      return await nextOf(def, value);
    } catch (error) {
      if (!def.refused || !isAppError(error)) throw error;
      return def.refused === 'done' ? { done: true, showMenu: false, say: [hintOf(error)] } : { to: def.refused, say: [hintOf(error)] };
    }
  };

  /** Hands `input` to the current step (or takes its reading, `read`): a hint on failure, else its transition. */
  const answer = async (hops: number, read?: ParsedReply<unknown>): Promise<void> => {
    const def = stepAt(state)!;
    const parsed = read ?? (await def.parse(input, ctx, data()));
    if (!parsed.ok) {
      unread = true;
      // "Terima kasih" where a step waits for its answer: a word back, then what the step needs.
      const small = input.kind === 'text' ? smallTalkOf(input.text) : null;
      const hint = ctx.t(parsed.hint, parsed.params);
      return void say({ kind: 'text', text: small ? `${smallTalkReply(small, ctx.t, ctx.actor?.name)} ${hint}` : hint });
    }
    await follow(await afterReply(def, parsed.value), hops);
  };

  const follow = async (transition: Transition, hops: number): Promise<void> => {
    if (hops > MAX_HOPS) throw new Error(`too many transitions in one turn (${state.flow}.${state.step})`);
    if (transition.say) say(...transition.say);
    if ('done' in transition) {
      state = idle(state);
      if (transition.showMenu !== false) await enter(IDLE_FLOW, IDLE_STEP, {}, false);
    } else if ('flow' in transition) {
      const replay = transition.replay === true && hops === 0;
      await enter(transition.flow, transition.step, transition.data ?? {}, true, replay);
      if (replay) return answer(hops + 1);
    } else {
      await enter(state.flow, transition.to, transition.data ?? state.data, true);
    }
    const current = stepAt(state);
    if (current?.kind === 'action') await follow(await nextOf(current, undefined), hops + 1);
  };

  /**
   * The person's answer to "continue the draft or open the other flow?", a
   * menu word that opens another flow (see intent-switch for the rule), or
   * else the current step's answer.
   */
  const answerOrSwitch = async (): Promise<void> => {
    if (switching && !isIdle(state)) {
      const choice = switchAnswerOf(ctx, input, state.flow, switching.flow);
      if (choice === 'stay') return enter(state.flow, state.step, state.data, false);
      if (choice === 'go') {
        state.draft = { flow: state.flow, step: state.step, data: state.data, at: ctx.now.toISOString() };
        return follow({ flow: switching.flow }, 0);
      }
    }
    const def = stepAt(state);
    const current = flows.flow(state.flow);
    if (isIdle(state) || !def || !current) return answer(0);
    const free = takesFreeText(def);
    const target = switchTargetOf(flows, input, current, ctx, { exact: free, never: NEVER_SWITCHED_TO });
    if (!target) return answer(0);
    const read = free ? null : await def.parse(input, ctx, data());
    if (read?.ok) return answer(0, read);
    if (!holdsDraft(current, data())) return follow({ flow: target.id }, 0);
    state.switching = { flow: target.id };
    say(switchQuestion(ctx, state.flow, target.id));
  };

  /**
   * A button another flow answers from any step (FlowDef.intercept): its step
   * parses the press; on success the chat continues in that flow (the
   * interrupted step stays reachable with "kembali"), on failure it stays put.
   */
  const interceptTurn = async (target: FlowDef, stepId: string): Promise<void> => {
    if (target.requires !== 'none' && !ctx.actor) return void say(text('conversation.link_first'));
    if (target.requires === 'hr' && ctx.actor?.role !== 'HR') return void say(text('conversation.not_allowed'));
    const receiver = flows.step(target.id, stepId)!;
    const parsed = await receiver.parse(input, ctx, dataOf(target, {}));
    if (!parsed.ok) {
      unread = true;
      return void say({ kind: 'text', text: ctx.t(parsed.hint, parsed.params) });
    }
    state = { ...state, flow: target.id, step: stepId, data: {}, back: remember() };
    await follow(await afterReply(receiver, parsed.value), 0);
  };

  /** Runs `work`; an AppError from a step undoes what the turn did since, answers its message and leaves the chat where it was. */
  const guarded = async (work: () => Promise<void>): Promise<void> => {
    const [before, said] = [state, replies.length];
    try {
      await work();
    } catch (error) {
      if (!isAppError(error)) throw error;
      [state, replies.length] = [before, said];
      say(hintOf(error));
    }
  };

  const firstWord = !state.introduced;
  if (firstWord) {
    state.introduced = true;
    say(text('conversation.intro'));
  } else if (!isIdle(state) && ctx.now.getTime() - Date.parse(stored.lastActiveAt) > idleMs) {
    say(text('conversation.expired'));
    state = idle(state);
    delete state.draft;
  }

  const intercepted = flows.interceptFor(input);
  if (intercepted) {
    await guarded(() => interceptTurn(intercepted.flow, intercepted.step));
    // A press on a card is answered apart from the introduction (a channel may show its answer as a toast).
    return { state, replies, unread };
  }

  const word = globalWordOf(input);
  if (firstWord && isIdle(state) && input.kind === 'text' && smallTalkOf(input.text)) {
    // A first "halo": the introduction greets back; the menu follows (for a stranger, linking).
    await guarded(() => (ctx.actor ? enter(IDLE_FLOW, IDLE_STEP, {}, false) : follow({ flow: LINK_FLOW }, 0)));
  } else if (word === 'menu' || word === 'cancel') {
    if (word === 'cancel' && !isIdle(state)) say(text('conversation.cancelled'));
    state = idle(state);
    await guarded(() => enter(IDLE_FLOW, IDLE_STEP, {}, false));
  } else if (word === 'help') {
    await guarded(() => follow({ flow: HELP_FLOW }, 0));
  } else if (word === 'back') {
    const previous = state.back.at(-1);
    await guarded(async () => {
      if (!previous) return enter(IDLE_FLOW, IDLE_STEP, {}, false);
      state = { ...state, back: state.back.slice(0, -1) };
      await enter(previous.flow, previous.step, previous.data, false);
    });
  } else {
    // A step this chat may no longer be in (its link was removed from another chat meanwhile) starts over from the menu.
    const current = flows.flow(state.flow);
    const allowed = !current || current.requires === 'none' || (ctx.actor !== null && (current.requires !== 'hr' || ctx.actor.role === 'HR'));
    if (!stepAt(state) || !allowed) state = idle(state);
    await guarded(answerOrSwitch);
  }
  return { state, replies: denser(replies, notes), unread };
}

/** Longest message a note is folded into (Telegram takes 4,096 characters, WhatsApp more). */
const MAX_FOLDED = 3_500;

/**
 * Fewer, denser replies (a chat is paced one message a second): each of the
 * engine's notes is said in the same message as the reply after it, when that
 * is a text or a list of choices (not a card, a document or a secret).
 */
export function denser(replies: readonly OutboundMessage[], notes: WeakSet<OutboundMessage>): OutboundMessage[] {
  const out: OutboundMessage[] = [];
  let carried: string | null = null;
  for (const message of replies) {
    const text = message.kind === 'text' || message.kind === 'choices' ? message.text : null;
    const takes = (message.kind === 'text' && message.afterSend === undefined) || (message.kind === 'choices' && message.ref === undefined);
    let current = message;
    if (carried !== null) {
      if (takes && text !== null && carried.length + text.length < MAX_FOLDED) current = { ...message, text: `${carried}\n\n${text}` } as OutboundMessage;
      else out.push({ kind: 'text', text: carried });
      carried = null;
    }
    if (notes.has(message) && current.kind === 'text') carried = current.text;
    else out.push(current);
  }
  if (carried !== null) out.push({ kind: 'text', text: carried });
  return out;
}
