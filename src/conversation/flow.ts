import { z } from 'zod';
import type { Clock } from '../clock';
import type { IsoDay } from '../domain/day';
import type { Language } from '../domain/language';
import type { Params } from '../i18n/translate';
import type { ChannelName } from '../chat/channel-name';
import type { InboundContent } from '../chat/inbound-message';
import type { Choice, OutboundMessage } from '../chat/outbound-message';
import type { Actor } from '../chat/actor';
import type { TurnServices } from './turn-services';
import { parseChoice } from './parse-choice';
import { readYesNo, yesNoChoices } from './understand/read-yes-no';
import type { LetterNumbering } from '../domain/paperwork/letter-number';

export type FlowData = Record<string, unknown>;

/** What a step sees of the world. `services` run in the turn's transaction: what they write commits with the reply. */
export interface TurnContext {
  readonly services: TurnServices;
  readonly clock: Clock;
  readonly now: Date;
  readonly today: IsoDay;
  readonly lang: Language;
  readonly channel: ChannelName;
  readonly chatId: string;
  readonly identityId: number;
  readonly actor: Actor | null;
  readonly agency: { name: string; publicUrl?: string; letterNumbering?: LetterNumbering; /** Who to ask about personal data (README "Personal data"). */ privacyContact?: string };
  /** Text from the catalogues in the person's language. */
  t(key: string, params?: Params): string;
  /** Change the person's language from this turn on. */
  setLanguage(lang: Language): void;
}

export type ParsedReply<T> = { ok: true; value: T } | { ok: false; hint: string; params?: Params };

export type Transition<S extends string = string, D = FlowData> =
  /** Another step of the same flow, with new data (or the same). */
  | { to: S; data?: D; say?: OutboundMessage[] }
  /**
   * The start (or a named step) of another flow. With `replay`, the message
   * that led here is handed to that step at once instead of its prompt (a link
   * code typed as the very first message).
   */
  | { flow: string; step?: string; data?: FlowData; say?: OutboundMessage[]; replay?: boolean }
  /** The flow is finished: back to the main menu, quietly or with a last word. */
  | { done: true; say?: OutboundMessage[]; showMenu?: boolean };

/** A plain text message. */
export const say = (text: string): OutboundMessage => ({ kind: 'text', text });

/** The flow's last word: back to the menu without showing it. */
export const finish = (text: string): Transition<never, never> => ({ done: true, showMenu: false, say: [say(text)] });

/** Where a step may lead: a step of its flow, the end, or another flow (`flow:<id>` or `flow:<id>.<step>`). */
export type Exit<S extends string> = S | 'done' | `flow:${string}`;

/** The kinds of step the engine knows. */
export type StepKind = 'ask' | 'choice' | 'text' | 'yes_no' | 'action';

type Maybe<T> = T | Promise<T>;

/** A step as the engine runs it: every kind reduces to prompt, parse and next. */
export interface StepDef {
  kind: StepKind;
  /** The step asks for a file (a photo or a PDF): channels download what a linked employee attaches only then. */
  acceptsDocument?: boolean;
  /** Where an AppError thrown by `next` leads (`done` or a step, with its message); without it the chat stays put. */
  refused?: string;
  /** The step takes free text (kind `text` always does): only an exact menu word leaves it (see intent-switch). */
  freeText?: boolean;
  prompt(ctx: TurnContext, data: FlowData): Maybe<OutboundMessage[]>;
  parse(input: InboundContent, ctx: TurnContext, data: FlowData): Maybe<ParsedReply<unknown>>;
  next(value: unknown, ctx: TurnContext, data: FlowData): Maybe<Transition>;
}

export type Requirement = 'none' | 'linked' | 'hr';

/** A flow as the registry holds it. */
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
  /** Its data is a request being filled in: leaving it for another flow asks first, and keeps the draft for the idle period. */
  draft?: boolean;
  /** The shape of the flow's data: parsed before every handler, so each gets it typed. Must accept `{}`. */
  data: z.ZodType<FlowData>;
  /** Every step and where it may lead: checked when the registry loads, and at run time. */
  graph: Readonly<Record<string, readonly string[]>>;
  steps: Readonly<Record<string, StepDef>>;
}

/** A prompt: text (wrapped as the kind's message) or the messages themselves. */
type Prompt<D> = (ctx: TurnContext, data: D) => Maybe<string | OutboundMessage[]>;
type Next<V, D, S extends string, I> = (value: V, ctx: TurnContext, data: D) => Maybe<Transition<S, I>>;
/** What every asking step may add: where a refusal of its `next` leads (see StepDef.refused). */
type Refused<S extends string> = { refused?: S | 'done' };

/** The step kinds, typed with a flow's data (`D` parsed, `I` as written) and step ids (`S`). */
export interface StepKit<D, S extends string, I = D> {
  /** Any question: its own parser. */
  ask<V>(
    def: Refused<S> & { prompt: Prompt<D>; parse(input: InboundContent, ctx: TurnContext, data: D): Maybe<ParsedReply<V>>; next: Next<V, D, S, I>; acceptsDocument?: boolean; freeText?: boolean },
  ): StepDef;
  /** Pick one of `choices` (button, list number or label typed with small typos); `read` adds other ways to answer. */
  choice<V extends string = string>(def: Refused<S> & {
    prompt(ctx: TurnContext, data: D, choices: Choice[]): Maybe<string | OutboundMessage[]>;
    choices(ctx: TurnContext, data: D): Maybe<Choice[]>;
    hint: string;
    read?(input: InboundContent, choices: Choice[]): string | null;
    next: Next<V, D, S, I>;
  }): StepDef;
  /** A typed answer, read by `schema` (which may clean it); anything else gets `hint`. */
  text<O>(def: Refused<S> & { prompt: Prompt<D>; schema: z.ZodType<O, string>; hint: string; next: Next<O, D, S, I> }): StepDef;
  /** Yes or no: buttons labelled by `labels` (catalogue keys), or typed "ya", "tidak", a thumb... */
  yesNo(def: Refused<S> & { prompt: Prompt<D>; labels?: readonly [string, string]; hint?: string; next: Next<boolean, D, S, I> }): StepDef;
  /** Asks nothing: runs as soon as the chat arrives, and leads on. */
  action(def: { run(ctx: TurnContext, data: D): Maybe<Transition<S, I>> }): StepDef;
}

const asText = (out: string | OutboundMessage[]): OutboundMessage[] => (typeof out === 'string' ? [{ kind: 'text', text: out }] : out);
const withChoices = (out: string | OutboundMessage[], choices: Choice[]): OutboundMessage[] =>
  typeof out === 'string' ? [{ kind: 'choices', text: out, choices }] : out;
const DEFAULT_YES_NO = ['common.yes', 'common.no'] as const;

/** The runtime form of the step kinds (handlers get the data the engine parsed with the flow's schema). */
function stepKit<D, S extends string, I>(): StepKit<D, S, I> {
  type Any = (...args: never[]) => unknown;
  const erase = (def: { kind: StepKind; acceptsDocument?: boolean; freeText?: boolean; refused?: string; prompt: Any; parse: Any; next: Any }): StepDef => def as unknown as StepDef;
  return {
    ask: (def) => erase({ kind: 'ask', ...def, prompt: async (ctx: TurnContext, data: D) => asText(await def.prompt(ctx, data)) }),
    choice: (def) =>
      erase({
        kind: 'choice',
        refused: def.refused,
        prompt: async (ctx: TurnContext, data: D) => {
          const choices = await def.choices(ctx, data);
          return withChoices(await def.prompt(ctx, data, choices), choices);
        },
        parse: async (input: InboundContent, ctx: TurnContext, data: D) => {
          const choices = await def.choices(ctx, data);
          const value = parseChoice(input, choices) ?? def.read?.(input, choices) ?? null;
          return value === null ? { ok: false, hint: def.hint } : { ok: true, value };
        },
        next: def.next,
      }),
    text: (def) =>
      erase({
        kind: 'text',
        refused: def.refused,
        prompt: async (ctx: TurnContext, data: D) => asText(await def.prompt(ctx, data)),
        parse: (input: InboundContent) => {
          const parsed = input.kind === 'text' ? def.schema.safeParse(input.text) : null;
          return parsed?.success ? { ok: true, value: parsed.data } : { ok: false, hint: def.hint };
        },
        next: def.next,
      }),
    yesNo: (def) => {
      const choices = (ctx: TurnContext) => yesNoChoices(ctx.t, ...(def.labels ?? DEFAULT_YES_NO));
      return erase({
        kind: 'yes_no',
        refused: def.refused,
        prompt: async (ctx: TurnContext, data: D) => withChoices(await def.prompt(ctx, data), choices(ctx)),
        parse: (input: InboundContent, ctx: TurnContext) => {
          const yes = readYesNo(input, choices(ctx));
          return yes === null ? { ok: false, hint: def.hint ?? 'leave_flow.yes_no.hint' } : { ok: true, value: yes };
        },
        next: def.next,
      });
    },
    action: (def) => erase({ kind: 'action', prompt: () => [], parse: () => ({ ok: true, value: undefined }), next: (_: unknown, ctx: TurnContext, data: D) => def.run(ctx, data) }),
  };
}

/** Step kinds for steps written outside their flow's definition (a flow split over files). */
export function stepsFor<D, S extends string, I = D>(): StepKit<D, S, I> {
  return stepKit<D, S, I>();
}

/** A flow as written: its data schema, its graph (step -> exits) and its steps built from the kit. */
export interface FlowSpec<S extends string, Z extends z.ZodType<FlowData>> {
  id: string;
  requires: Requirement;
  /** The flow's data (default: none). */
  data?: Z;
  start: NoInfer<S>;
  keywords?: readonly string[];
  intercept?: { prefix: string; step: NoInfer<S> };
  draft?: boolean;
  graph: { readonly [K in S]: readonly Exit<NoInfer<S>>[] };
  steps(kit: StepKit<z.output<Z>, NoInfer<S>, z.input<Z>>): { readonly [K in NoInfer<S>]: StepDef };
}

const NO_DATA = z.object({});

export function defineFlow<S extends string, Z extends z.ZodType<FlowData> = typeof NO_DATA>(spec: FlowSpec<S, Z>): FlowDef {
  const { steps, ...rest } = spec;
  const def: FlowDef = { ...rest, data: spec.data ?? NO_DATA, steps: steps(stepKit()) };
  if (!/^[a-z][a-z0-9_]*$/.test(def.id)) throw new Error(`flow id ${def.id} must be snake_case`);
  if (!def.steps[def.start]) throw new Error(`flow ${def.id}: start step ${def.start} is missing`);
  if (def.intercept && !def.steps[def.intercept.step]) throw new Error(`flow ${def.id}: intercept step ${def.intercept.step} is missing`);
  if (def.intercept && def.intercept.prefix.length === 0) throw new Error(`flow ${def.id}: intercept prefix is empty`);
  if (!def.data.safeParse({}).success) throw new Error(`flow ${def.id}: its data schema must accept {} (where every flow starts)`);
  return def;
}
