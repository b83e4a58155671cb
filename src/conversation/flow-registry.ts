import type { FlowDef, StepDef } from './flow';
import type { InboundContent } from '../chat/inbound-message';

/**
 * The flows by id, checked once when loaded: every exit of every step's
 * graph names a step of its flow, `done`, or a flow (and step) the registry
 * holds; every step has an entry in the graph and the other way round.
 */
export class FlowRegistry {
  private readonly flows = new Map<string, FlowDef>();
  /** Flow id -> its words: one object for the registry's life, so matchKeyword prepares it once. */
  private readonly keywordTable: Readonly<Record<string, readonly string[]>>;

  constructor(flows: readonly FlowDef[]) {
    for (const flow of flows) {
      if (this.flows.has(flow.id)) throw new Error(`duplicate flow id ${flow.id}`);
      const clash = flow.intercept && this.interceptOf(flow.intercept.prefix);
      if (clash) throw new Error(`flows ${clash.flow.id} and ${flow.id} intercept overlapping prefixes`);
      this.flows.set(flow.id, flow);
    }
    for (const flow of flows) this.check(flow);
    const table: Record<string, readonly string[]> = {};
    for (const flow of this.flows.values()) if (flow.keywords?.length) table[flow.id] = flow.keywords;
    this.keywordTable = Object.freeze(table);
  }

  /** Throws on a graph that names a step or flow nobody defined, or leaves a step out. */
  private check(flow: FlowDef): void {
    for (const stepId of Object.keys(flow.steps)) if (!flow.graph[stepId]) throw new Error(`flow ${flow.id}: step ${stepId} is missing from its graph`);
    for (const [stepId, exits] of Object.entries(flow.graph)) {
      if (!flow.steps[stepId]) throw new Error(`flow ${flow.id}: its graph names an unknown step ${stepId}`);
      const refused = flow.steps[stepId]!.refused;
      if (refused && !exits.includes(refused)) throw new Error(`flow ${flow.id}: step ${stepId} is refused to ${refused}, which its graph does not list`);
      for (const exit of exits) {
        if (!this.leadsSomewhere(flow, exit)) throw new Error(`flow ${flow.id}: step ${stepId} leads to unknown ${exit}`);
      }
    }
  }

  private leadsSomewhere(flow: FlowDef, exit: string): boolean {
    if (exit === 'done') return true;
    if (!exit.startsWith('flow:')) return Boolean(flow.steps[exit]);
    const [flowId, stepId] = exit.slice('flow:'.length).split('.');
    const target = this.flows.get(flowId ?? '');
    return Boolean(target && (stepId === undefined || target.steps[stepId]));
  }

  private interceptOf(prefix: string): { flow: FlowDef; step: string } | null {
    for (const flow of this.flows.values()) {
      const own = flow.intercept?.prefix;
      if (own && (own.startsWith(prefix) || prefix.startsWith(own))) return { flow, step: flow.intercept!.step };
    }
    return null;
  }

  /** The flow and step that answer this input whatever step the chat is in (see FlowDef.intercept), or null. */
  interceptFor(input: InboundContent): { flow: FlowDef; step: string } | null {
    if (input.kind !== 'choice') return null;
    for (const flow of this.flows.values()) {
      if (flow.intercept && input.value.startsWith(flow.intercept.prefix)) return { flow, step: flow.intercept.step };
    }
    return null;
  }

  flow(id: string): FlowDef | undefined {
    return this.flows.get(id);
  }

  step(flowId: string, stepId: string): StepDef | undefined {
    return this.flows.get(flowId)?.steps[stepId];
  }

  all(): FlowDef[] {
    return [...this.flows.values()];
  }

  /** Keyword table for the menu: flow id -> its words. */
  keywords(): Readonly<Record<string, readonly string[]>> {
    return this.keywordTable;
  }
}
