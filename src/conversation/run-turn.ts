import type { FlowRegistry } from './flow-registry';
import type { FlowData, FlowDef, TurnContext, Transition } from './flow';
import { globalWordOf } from './global-words';
import type { InboundContent } from '../chat/inbound-message';
import type { OutboundMessage } from '../chat/outbound-message';
import { IDLE_FLOW, IDLE_STEP, type SessionState } from './session-state';

/** Flow ids the engine itself sends people to. */
export const LINK_FLOW = 'link_account';
export const HELP_FLOW = 'help';
const MAX_HOPS = 12;

export interface TurnResult {
  state: SessionState;
  replies: OutboundMessage[];
  /** The step could not read the input: the replies are only its hint. */
  unread: boolean;
}

/**
 * One turn of a conversation: given the stored state and one inbound message,
 * returns the new state and the replies. Knows nothing of channels or storage;
 * steps reach the database only through `ctx.tx`.
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
  let state: SessionState = { ...stored, lastActiveAt: ctx.now.toISOString() };
  const say = (...messages: OutboundMessage[]) => replies.push(...messages);
  const text = (key: string) => ({ kind: 'text' as const, text: ctx.t(key) });

  const enter = async (flowId: string, stepId: string | undefined, data: FlowData, remember: boolean, quiet = false): Promise<void> => {
    let target = flows.flow(flowId);
    if (!target) throw new Error(`unknown flow ${flowId}`);
    if (target.requires !== 'none' && !ctx.actor) {
      say(text('conversation.link_first'));
      target = flows.flow(LINK_FLOW)!;
      stepId = undefined;
      data = {};
    } else if (target.requires === 'hr' && ctx.actor?.role !== 'HR') {
      say(text('conversation.not_allowed'));
      target = flows.flow(IDLE_FLOW)!;
      stepId = undefined;
      data = {};
    }
    const nextStep = stepId ?? target.start;
    // Auto steps (no reply expected) are not places to come back to.
    if (remember && !(state.flow === IDLE_FLOW && state.step === IDLE_STEP) && !flows.step(state.flow, state.step)?.auto) {
      state.back = [...state.back, { flow: state.flow, step: state.step, data: state.data }].slice(-12);
    }
    if (target.id === IDLE_FLOW) state.back = [];
    state = { ...state, flow: target.id, step: nextStep, data };
    const def = flows.step(target.id, nextStep);
    if (!def) throw new Error(`unknown step ${target.id}.${nextStep}`);
    if (!quiet) say(...(await def.prompt(ctx, data)));
  };

  /** Hands `input` to the current step: a hint on failure, else its transition. */
  const answer = async (hops: number): Promise<void> => {
    const def = flows.step(state.flow, state.step)!;
    const parsed = await def.parse(input, ctx, state.data);
    if (!parsed.ok) {
      unread = true;
      say({ kind: 'text', text: ctx.t(parsed.hint, parsed.params) });
      return;
    }
    await follow(await def.next(parsed.value, ctx, state.data), hops);
  };

  const follow = async (transition: Transition, hops: number): Promise<void> => {
    if (hops > MAX_HOPS) throw new Error(`too many transitions in one turn (${state.flow}.${state.step})`);
    if (transition.say) say(...transition.say);
    if ('done' in transition) {
      state = { ...state, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [] };
      if (transition.showMenu !== false) await enter(IDLE_FLOW, IDLE_STEP, {}, false);
    } else if ('flow' in transition) {
      const replay = transition.replay === true && hops === 0;
      await enter(transition.flow, transition.step, transition.data ?? {}, true, replay);
      if (replay) return answer(hops + 1);
    } else {
      await enter(state.flow, transition.to, transition.data ?? state.data, true);
    }
    const current = flows.step(state.flow, state.step);
    if (current?.auto) await follow(await current.next(undefined as never, ctx, state.data), hops + 1);
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
    const parsed = await receiver.parse(input, ctx, {});
    if (!parsed.ok) {
      unread = true;
      return void say({ kind: 'text', text: ctx.t(parsed.hint, parsed.params) });
    }
    const idle = state.flow === IDLE_FLOW && state.step === IDLE_STEP;
    const back = idle ? state.back : [...state.back, { flow: state.flow, step: state.step, data: state.data }].slice(-12);
    state = { ...state, flow: target.id, step: stepId, data: {}, back };
    await follow(await receiver.next(parsed.value, ctx, {}), 0);
  };

  if (!state.introduced) {
    state.introduced = true;
    say(text('conversation.intro'));
  } else if (!(state.flow === IDLE_FLOW && state.step === IDLE_STEP) && ctx.now.getTime() - Date.parse(stored.lastActiveAt) > idleMs) {
    say(text('conversation.expired'));
    state = { ...state, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [] };
  }

  const intercepted = flows.interceptFor(input);
  if (intercepted) {
    await interceptTurn(intercepted.flow, intercepted.step);
    return { state, replies, unread };
  }

  const word = globalWordOf(input);
  if (word === 'menu' || word === 'cancel') {
    const inFlow = !(state.flow === IDLE_FLOW && state.step === IDLE_STEP);
    if (word === 'cancel' && inFlow) say(text('conversation.cancelled'));
    state = { ...state, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [] };
    await enter(IDLE_FLOW, IDLE_STEP, {}, false);
    return { state, replies, unread };
  }
  if (word === 'help') {
    await follow({ flow: HELP_FLOW }, 0);
    return { state, replies, unread };
  }
  if (word === 'back') {
    const previous = state.back.at(-1);
    if (!previous) {
      await enter(IDLE_FLOW, IDLE_STEP, {}, false);
    } else {
      state = { ...state, back: state.back.slice(0, -1) };
      await enter(previous.flow, previous.step, previous.data, false);
    }
    return { state, replies, unread };
  }

  // A step this chat may no longer be in (its link was removed from another chat meanwhile) starts over from the menu.
  const current = flows.flow(state.flow);
  const allowed = !current || current.requires === 'none' || (ctx.actor !== null && (current.requires !== 'hr' || ctx.actor.role === 'HR'));
  if (!flows.step(state.flow, state.step) || !allowed) state = { ...state, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [] };
  await answer(0);
  return { state, replies, unread };
}
