import type { InboundContent } from '../chat/inbound-message';
import type { Choice, OutboundMessage } from '../chat/outbound-message';
import type { FlowData, FlowDef, StepDef, TurnContext } from './flow';
import type { FlowRegistry } from './flow-registry';
import { parseChoice } from './parse-choice';
import { matchKeyword, normalizeText } from './understand/match-keyword';

/**
 * Opening another flow from inside one ("saldo" while a list waits for a
 * number). The rule, by what the current step takes:
 * - a step that takes free text (a reason, an address: StepDef.freeText or
 *   kind `text`): only a message that is exactly a menu word or phrase
 *   (ignoring case and punctuation) switches; "saldo" does, "sisa saldo
 *   saya habis" is the answer;
 * - any other step (a list, dates, yes or no) reads the message first; when it
 *   cannot, a menu word with a small typo ("sldo") switches too, as does a
 *   tapped entry of an earlier menu.
 * Words of the flow the chat is in, and flows the person may not open, never
 * switch.
 */
export function switchTargetOf(
  flows: FlowRegistry,
  input: InboundContent,
  current: FlowDef,
  ctx: Pick<TurnContext, 'actor'>,
  options: { exact: boolean; never: ReadonlySet<string> },
): FlowDef | null {
  const table = flows.keywords();
  let id: string | null = null;
  if (input.kind === 'choice') id = table[input.value] ? input.value : null;
  else if (input.kind === 'text' && input.text.length <= 40) {
    const command = input.text.trim().replace(/^\//, '');
    id = options.exact ? exactKeyword(command, table) : matchKeyword(command, table);
  }
  const target = id ? flows.flow(id) : undefined;
  if (!target || target.id === current.id || options.never.has(target.id) || !mayOpen(target, ctx)) return null;
  return target;
}

/** Only a linked person switches, and to HR flows only HR. */
function mayOpen(target: FlowDef, ctx: Pick<TurnContext, 'actor'>): boolean {
  if (!ctx.actor) return false;
  return target.requires !== 'hr' || ctx.actor.role === 'HR';
}

function exactKeyword(text: string, table: Readonly<Record<string, readonly string[]>>): string | null {
  const said = normalizeText(text);
  const found = Object.entries(table).filter(([, words]) => words.some((word) => normalizeText(word) === said));
  return found.length === 1 ? found[0]![0] : null;
}

/** Whether the step takes free text, where only an exact menu word switches. */
export const takesFreeText = (step: StepDef): boolean => step.kind === 'text' || step.freeText === true;

/** A flow holds a half-filled request worth asking about before leaving it (FlowDef.draft, with something in its data). */
export function holdsDraft(flow: FlowDef, data: FlowData): boolean {
  return flow.draft === true && filled(data);
}

/** Something was given: a value, or a list or record holding one (a schema's empty defaults are not). */
function filled(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === 'object') return Object.values(value).some(filled);
  return true;
}

const STAY = '=switch:stay';
const GO = '=switch:go';

/** A flow's name in a sentence ("pengajuan cuti"): catalogue `flow_name.<id>`, else a plain "that". */
function flowName(ctx: TurnContext, flowId: string): string {
  const key = `flow_name.${flowId}`;
  const name = ctx.t(key);
  return name === key ? ctx.t('flow_name.other') : name;
}

function switchChoices(ctx: TurnContext, from: string, to: string): Choice[] {
  return [
    { value: STAY, label: ctx.t('conversation.switch.stay', { current: flowName(ctx, from) }) },
    { value: GO, label: ctx.t('conversation.switch.go', { target: flowName(ctx, to) }) },
  ];
}

/** "Lanjutkan pengajuan cuti atau buka sisa cuti?" with the two answers as choices. */
export function switchQuestion(ctx: TurnContext, from: string, to: string): OutboundMessage {
  return {
    kind: 'choices',
    text: ctx.t('conversation.switch.ask', { current: flowName(ctx, from), target: flowName(ctx, to) }),
    choices: switchChoices(ctx, from, to),
  };
}

/** The answer to the question: stay, go, or null (anything else, which the step reads as usual). */
export function switchAnswerOf(ctx: TurnContext, input: InboundContent, from: string, to: string): 'stay' | 'go' | null {
  const picked = parseChoice(input, switchChoices(ctx, from, to));
  return picked === STAY ? 'stay' : picked === GO ? 'go' : null;
}

/** The message when a kept draft is picked up again. */
export const draftResumed = (ctx: TurnContext, flowId: string): string => ctx.t('conversation.switch.resumed', { current: flowName(ctx, flowId) });
