import { helpFlow } from '../../../flows/help';
import { languageFlow } from '../../../flows/language';
import { menuFlow } from '../../../flows/menu';
import { FlowRegistry } from '../../../src/conversation/flow-registry';

/**
 * The menu with help and language only: enough to exercise the channel
 * without depending on the leave and payslip flows.
 */
export function basicFlows(): FlowRegistry {
  const flows = [helpFlow, languageFlow];
  let registry: FlowRegistry | undefined;
  const menu = menuFlow(new Set(flows.map((f) => f.id)), () => registry!.keywords());
  registry = new FlowRegistry([menu, ...flows]);
  return registry;
}
