import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFlowRegistry } from '../../flows';
import { defineFlow, type FlowDef } from '../../src/conversation/flow';
import { FlowRegistry } from '../../src/conversation/flow-registry';

/** Flow ids the engine sends people to by itself (global words, an unlinked chat). */
const ENGINE_ENTRIES = ['menu', 'help', 'link_account'];

/** A flow as a mermaid graph: each step, each exit, the entry (start, intercept) and the refusal edges. */
function mermaid(flow: FlowDef): string {
  const lines = [`flowchart LR`, `  start((${flow.id})) --> ${flow.start}`];
  if (flow.intercept) lines.push(`  press[["${flow.intercept.prefix}…"]] --> ${flow.intercept.step}`);
  for (const [step, exits] of Object.entries(flow.graph)) {
    const kind = flow.steps[step]!.kind;
    lines.push(`  ${step}["${step} (${kind})"]`);
    for (const exit of exits) lines.push(`  ${step} -->${exit === flow.steps[step]!.refused ? '|refused|' : ''} ${exit.replace(/[:.]/g, '_')}`);
  }
  return lines.join('\n');
}

/** Steps reached from the flow's entries and from other flows' `flow:<id>.<step>` exits. */
function reachable(flow: FlowDef, all: readonly FlowDef[]): Set<string> {
  const entries = [flow.start, ...(flow.intercept ? [flow.intercept.step] : [])];
  for (const other of all) {
    for (const exits of Object.values(other.graph)) {
      for (const exit of exits) if (exit.startsWith(`flow:${flow.id}.`)) entries.push(exit.slice(`flow:${flow.id}.`.length));
    }
  }
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const step = queue.pop()!;
    if (seen.has(step) || !flow.steps[step]) continue;
    seen.add(step);
    queue.push(...flow.graph[step]!.filter((exit) => exit !== 'done' && !exit.startsWith('flow:')));
  }
  return seen;
}

describe('flow graphs', () => {
  const registry = createFlowRegistry({ phoneCodeChannels: { whatsapp: true } });
  const flows = registry.all();

  it('prints every flow as a graph', () => {
    for (const flow of flows) console.info(`${flow.id}:\n${mermaid(flow)}\n`);
    expect(flows.map((f) => f.id)).toEqual(expect.arrayContaining(ENGINE_ENTRIES));
  });

  it('reaches every step of every flow, and every flow from the menu or the engine', () => {
    const unreachable = flows.flatMap((flow) => {
      const seen = reachable(flow, flows);
      return Object.keys(flow.steps).filter((step) => !seen.has(step)).map((step) => `${flow.id}.${step}`);
    });
    expect(unreachable).toEqual([]);
    const entered = new Set([...ENGINE_ENTRIES, ...flows.flatMap((f) => Object.values(f.graph).flat()).filter((e) => e.startsWith('flow:')).map((e) => e.slice(5).split('.')[0]!)]);
    expect(flows.map((f) => f.id).filter((id) => !entered.has(id))).toEqual([]);
  });

  it('refuses, when loaded, an exit to a step or flow nobody defined, and a step left out of the graph', () => {
    const flow = (graph: Record<string, readonly string[]>) =>
      ({ ...defineFlow({ id: 'probe', requires: 'none', start: 'a', graph: { a: ['done'] }, steps: (s) => ({ a: s.action({ run: () => ({ done: true }) }) }) }), graph }) as FlowDef;
    expect(() => new FlowRegistry([flow({ a: ['nowhere'] })])).toThrow(/step a leads to unknown nowhere/);
    expect(() => new FlowRegistry([flow({ a: ['flow:missing'] })])).toThrow(/leads to unknown flow:missing/);
    expect(() => new FlowRegistry([flow({ a: ['done'], b: ['done'] })])).toThrow(/unknown step b/);
    expect(() => new FlowRegistry([flow({})])).toThrow(/step a is missing from its graph/);
    expect(() => defineFlow({ id: 'probe', requires: 'none', data: z.object({ x: z.string() }), start: 'a', graph: { a: ['done'] }, steps: (s) => ({ a: s.action({ run: () => ({ done: true }) }) }) })).toThrow(/must accept \{\}/);
  });
});
