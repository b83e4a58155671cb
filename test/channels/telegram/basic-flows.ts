import { helpFlow } from '../../../flows/help';
import { languageFlow } from '../../../flows/language';
import { menuFlow } from '../../../flows/menu';
import type { FlowDef } from '../../../src/conversation/flow';
import { FlowRegistry } from '../../../src/conversation/flow-registry';

/**
 * The menu with help and language, plus `extra` flows: enough to exercise
 * the channel with exactly the flows a test is about.
 */
export function basicFlows(...extra: FlowDef[]): FlowRegistry {
  const flows = [helpFlow, languageFlow, ...extra];
  let registry: FlowRegistry | undefined;
  const menu = menuFlow(new Set(flows.map((f) => f.id)), () => registry!.keywords());
  registry = new FlowRegistry([menu, ...flows]);
  return registry;
}
