import type { FlowDef, StepDef } from './flow';

/** The flows by id, checked once when loaded: every transition target must exist at run time. */
export class FlowRegistry {
  private readonly flows = new Map<string, FlowDef>();

  constructor(flows: readonly FlowDef[]) {
    for (const flow of flows) {
      if (this.flows.has(flow.id)) throw new Error(`duplicate flow id ${flow.id}`);
      this.flows.set(flow.id, flow);
    }
  }

  flow(id: string): FlowDef | undefined {
    return this.flows.get(id);
  }

  step(flowId: string, stepId: string): StepDef<never> | undefined {
    return this.flows.get(flowId)?.steps[stepId];
  }

  all(): FlowDef[] {
    return [...this.flows.values()];
  }

  /** Keyword table for the menu: word -> flow id. */
  keywords(): Record<string, readonly string[]> {
    const table: Record<string, readonly string[]> = {};
    for (const flow of this.flows.values()) if (flow.keywords?.length) table[flow.id] = flow.keywords;
    return table;
  }
}
