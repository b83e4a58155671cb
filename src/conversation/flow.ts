import type { z } from 'zod';
import type { Clock } from '../clock';
import type { IsoDay } from '../domain/day';
import type { Language } from '../domain/language';
import type { Params } from '../i18n/translate';
import type { Tx } from '../store/database';
import type { ChannelName } from '../chat/channel-name';
import type { InboundContent } from '../chat/inbound-message';
import type { OutboundMessage } from '../chat/outbound-message';
import type { Actor } from '../chat/actor';

export type FlowData = Record<string, unknown>;

/** What a step sees of the world. `tx` is the turn's transaction: services called with it commit with the reply. */
export interface TurnContext {
  readonly tx: Tx;
  readonly clock: Clock;
  readonly now: Date;
  readonly today: IsoDay;
  readonly lang: Language;
  readonly channel: ChannelName;
  readonly chatId: string;
  readonly identityId: number;
  readonly actor: Actor | null;
  readonly agency: { name: string; publicUrl?: string };
  /** Text from the catalogues in the person's language. */
  t(key: string, params?: Params): string;
  /** Change the person's language from this turn on. */
  setLanguage(lang: Language): void;
}

export type ParsedReply<T> = { ok: true; value: T } | { ok: false; hint: string; params?: Params };

export type Transition =
  /** Another step of the same flow. */
  | { to: string; data?: FlowData; say?: OutboundMessage[] }
  /**
   * The start (or a named step) of another flow. With `replay`, the message
   * that led here is handed to that step at once instead of its prompt (a link
   * code typed as the very first message).
   */
  | { flow: string; step?: string; data?: FlowData; say?: OutboundMessage[]; replay?: boolean }
  /** The flow is finished: back to the main menu, quietly or with a last word. */
  | { done: true; say?: OutboundMessage[]; showMenu?: boolean };

export interface StepDef<T = unknown> {
  /** A step that needs no reply: after its prompt the engine calls `next` at once (with `undefined`). */
  auto?: boolean;
  /**
   * The step asks for a file (a photo or a PDF). Channels download what a
   * sender attaches only while a linked employee's chat is at such a step.
   */
  acceptsDocument?: boolean;
  /** What to say on entering the step. */
  prompt(ctx: TurnContext, data: FlowData): OutboundMessage[] | Promise<OutboundMessage[]>;
  /** Reads the person's reply; a failure is answered with the hint and the step repeats. */
  parse(input: InboundContent, ctx: TurnContext, data: FlowData): ParsedReply<T> | Promise<ParsedReply<T>>;
  /** Where to go with a parsed reply (may call services through ctx.tx). */
  next(value: T, ctx: TurnContext, data: FlowData): Transition | Promise<Transition>;
}

export type Requirement = 'none' | 'linked' | 'hr';

export interface FlowDef {
  id: string;
  /** Who may enter: anybody, a verified employee, or HR. */
  requires: Requirement;
  start: string;
  /** Typed words that open this flow from the menu (fuzzy-matched). */
  keywords?: readonly string[];
  /**
   * Button presses this flow answers whatever step the chat is in: an inbound
   * `choice` whose value starts with `prefix` goes to `step`'s parse and next
   * (its prompt is not shown), e.g. a decision button on a card that arrived as
   * a notification. A failed parse answers the hint and leaves the chat where it was.
   */
  intercept?: { prefix: string; step: string };
  steps: Record<string, StepDef<never>>;
}

/** Helps TypeScript check each step's value type while storing steps in one record. */
export function step<T>(def: StepDef<T>): StepDef<never> {
  return def as unknown as StepDef<never>;
}

export function defineFlow(def: FlowDef): FlowDef {
  if (!def.steps[def.start]) throw new Error(`flow ${def.id}: start step ${def.start} is missing`);
  if (!/^[a-z][a-z0-9_]*$/.test(def.id)) throw new Error(`flow id ${def.id} must be snake_case`);
  if (def.intercept && !def.steps[def.intercept.step]) throw new Error(`flow ${def.id}: intercept step ${def.intercept.step} is missing`);
  if (def.intercept && def.intercept.prefix.length === 0) throw new Error(`flow ${def.id}: intercept prefix is empty`);
  return def;
}

/** A zod-backed parser: text input validated by `schema`, failures answered with `hint`. */
export function textWith<S extends z.ZodType>(schema: S, hint: string) {
  return (input: InboundContent): ParsedReply<z.infer<S>> => {
    const raw = input.kind === 'text' ? input.text : input.kind === 'choice' ? input.value : undefined;
    if (raw === undefined) return { ok: false, hint };
    const parsed = schema.safeParse(raw.trim());
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint };
  };
}
