import { z } from 'zod';
import type { InboundContent } from '../chat/inbound-message';
import type { OutboundMessage } from '../chat/outbound-message';
import type { FlowData, FlowDef, ParsedReply, Requirement, StepDef, Transition, TurnContext } from './flow';

/** A step written as closures over untyped data (flows not yet declared with defineFlow's kit). */
export interface LegacyStep<T = unknown> {
  auto?: boolean;
  acceptsDocument?: boolean;
  prompt(ctx: TurnContext, data: FlowData): OutboundMessage[] | Promise<OutboundMessage[]>;
  parse(input: InboundContent, ctx: TurnContext, data: FlowData): ParsedReply<T> | Promise<ParsedReply<T>>;
  next(value: T, ctx: TurnContext, data: FlowData): Transition | Promise<Transition>;
}

export function step<T>(def: LegacyStep<T>): LegacyStep<never> {
  return def as unknown as LegacyStep<never>;
}

/** An untyped flow as the engine runs it: an `auto` step becomes an action that says its prompt first. */
export function legacyFlow(def: {
  id: string; requires: Requirement; start: string; keywords?: readonly string[]; intercept?: { prefix: string; step: string };
  steps: Record<string, LegacyStep<never>>;
}): FlowDef {
  const steps: Record<string, StepDef> = {};
  for (const [id, s] of Object.entries(def.steps)) {
    const legacy = s as unknown as LegacyStep<unknown>;
    steps[id] = legacy.auto
      ? {
          kind: 'action',
          prompt: () => [],
          parse: () => ({ ok: true, value: undefined }),
          async next(_value, ctx, data) {
            const said = await legacy.prompt(ctx, data);
            const transition = await legacy.next(undefined, ctx, data);
            return { ...transition, say: [...said, ...(transition.say ?? [])] };
          },
        }
      : { kind: 'ask', ...legacy };
  }
  if (!steps[def.start]) throw new Error(`flow ${def.id}: start step ${def.start} is missing`);
  if (!/^[a-z][a-z0-9_]*$/.test(def.id)) throw new Error(`flow id ${def.id} must be snake_case`);
  if (def.intercept && !steps[def.intercept.step]) throw new Error(`flow ${def.id}: intercept step ${def.intercept.step} is missing`);
  if (def.intercept && def.intercept.prefix.length === 0) throw new Error(`flow ${def.id}: intercept prefix is empty`);
  return { ...def, data: z.record(z.string(), z.unknown()), steps };
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
