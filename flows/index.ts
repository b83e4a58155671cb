import type { FlowDef } from '../src/conversation/flow';
import { FlowRegistry } from '../src/conversation/flow-registry';
import { approvalsFlow } from './approvals';
import { balanceFlow } from './balance';
import { delegationFlow } from './delegation';
import { helpFlow } from './help';
import { hrFlows } from './hr-flows';
import { languageFlow } from './language';
import { leaveFlows } from './leave-flows';
import { createLinkAccountFlow } from './link-account';
import { menuFlow } from './menu';
import { myChatsFlow } from './my-chats';
import { myDataFlow } from './my-data';
import { createPayslipFlow } from './payslip';
import type { PayslipPasswordRule } from '../src/domain/payslip/payslip-password';
import type { PhoneCodeChannels } from '../src/services/identity/phone-verification';
import { profileChangeFlow } from './profile-change';

/** How the payslip PDF is locked (so the chat names the right password); channels that carry a phone code for linking with NIP + birth date (default none: HR link codes only). */
export type FlowOptions = { payslipPasswordRule?: PayslipPasswordRule; phoneCodeChannels?: PhoneCodeChannels };

/** Every conversation flow except the menu, which is built from them. */
export function allFlows(options: FlowOptions = {}): FlowDef[] {
  const payslipFlow = createPayslipFlow({ ...(options.payslipPasswordRule ? { passwordRule: options.payslipPasswordRule } : {}) });
  return [helpFlow, languageFlow, createLinkAccountFlow(options.phoneCodeChannels), profileChangeFlow, payslipFlow, balanceFlow, approvalsFlow, delegationFlow,
    myChatsFlow, myDataFlow, ...leaveFlows, ...hrFlows];
}

export function createFlowRegistry(options: FlowOptions = {}): FlowRegistry {
  const all = allFlows(options);
  let registry: FlowRegistry | undefined;
  const menu = menuFlow(new Set(all.map((f) => f.id)), () => registry!.keywords());
  return (registry = new FlowRegistry([menu, ...all]));
}
