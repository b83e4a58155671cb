import type { FlowDef } from '../src/conversation/flow';
import { FlowRegistry } from '../src/conversation/flow-registry';
import { actForFlow } from './act-for';
import { approvalsFlow } from './approvals';
import { balanceFlow } from './balance';
import { cancelRequestFlow } from './cancel-request';
import { delegationFlow } from './delegation';
import { consoleLinkFlow } from './console-link';
import { helpFlow } from './help';
import { hrDigestFlow } from './hr-digest';
import { hrFindFlow } from './hr-find';
import { hrProfileReviewFlow } from './hr-profile-review';
import { hrWorklistFlow } from './hr-worklist';
import { languageFlow } from './language';
import { leaveDocumentFlow } from './leave-document';
import { leaveFormFlow, leaveLetterFlow } from './leave-papers';
import { leaveRequestFlow } from './leave-request';
import { createLinkAccountFlow } from './link-account';
import { menuFlow } from './menu';
import { myChatsFlow } from './my-chats';
import { myDataFlow } from './my-data';
import { myRequestsFlow } from './my-requests';
import { createPayslipFlow } from './payslip';
import type { PayslipPasswordRule } from '../src/domain/payslip/payslip-password';
import type { PhoneCodeChannels } from '../src/services/identity/phone-verification';
import { profileChangeFlow } from './profile-change';
import { requestPaperFlow } from './request-paper';
import { returnToWorkFlow } from './return-to-work';
import { sickDuringLeaveFlow } from './sick-during-leave';

/** How the payslip PDF is locked (so the chat names the right password); channels that carry a phone code for linking with NIP + birth date (default none: HR link codes only). */
export type FlowOptions = { payslipPasswordRule?: PayslipPasswordRule; phoneCodeChannels?: PhoneCodeChannels };

/** Every conversation flow except the menu, which is built from them. */
export function allFlows(options: FlowOptions = {}): FlowDef[] {
  const payslipFlow = createPayslipFlow({ ...(options.payslipPasswordRule ? { passwordRule: options.payslipPasswordRule } : {}) });
  return [helpFlow, languageFlow, createLinkAccountFlow(options.phoneCodeChannels), profileChangeFlow, hrFindFlow, hrDigestFlow, payslipFlow,
    leaveRequestFlow, actForFlow, leaveDocumentFlow, myRequestsFlow, balanceFlow, cancelRequestFlow, approvalsFlow, myChatsFlow, myDataFlow, leaveLetterFlow, leaveFormFlow,
    delegationFlow, hrWorklistFlow, hrProfileReviewFlow, requestPaperFlow, returnToWorkFlow, sickDuringLeaveFlow, consoleLinkFlow];
}

export function createFlowRegistry(options: FlowOptions = {}): FlowRegistry {
  const all = allFlows(options);
  let registry: FlowRegistry | undefined;
  const menu = menuFlow(new Set(all.map((f) => f.id)), () => registry!.keywords());
  return (registry = new FlowRegistry([menu, ...all]));
}
