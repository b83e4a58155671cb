import type { FlowDef } from '../src/conversation/flow';
import { FlowRegistry } from '../src/conversation/flow-registry';
import { approvalsFlow } from './approvals';
import { balanceFlow } from './balance';
import { cancelRequestFlow } from './cancel-request';
import { helpFlow } from './help';
import { hrDigestFlow } from './hr-digest';
import { hrFindFlow } from './hr-find';
import { languageFlow } from './language';
import { leaveRequestFlow } from './leave-request';
import { linkAccountFlow } from './link-account';
import { menuFlow } from './menu';
import { myRequestsFlow } from './my-requests';
import { payslipFlow } from './payslip';
import { profileChangeFlow } from './profile-change';

/** Every conversation flow except the menu, which is built from them. */
export const flows: readonly FlowDef[] = [
  helpFlow, languageFlow, linkAccountFlow, profileChangeFlow, hrFindFlow, hrDigestFlow, payslipFlow,
  leaveRequestFlow, myRequestsFlow, balanceFlow, cancelRequestFlow, approvalsFlow,
];

export function createFlowRegistry(extra: readonly FlowDef[] = []): FlowRegistry {
  const all = [...flows, ...extra];
  const ids = new Set(all.map((f) => f.id));
  let registry: FlowRegistry | undefined;
  const menu = menuFlow(ids, () => registry!.keywords());
  registry = new FlowRegistry([menu, ...all]);
  return registry;
}
