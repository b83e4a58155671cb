import type { FlowDef } from '../src/conversation/flow';
import { cancelRequestFlow } from './cancel-request';
import { leaveDocumentFlow } from './leave-document';
import { leaveFormFlow, leaveLetterFlow } from './leave-papers';
import { leaveRequestFlow } from './leave-request';
import { myRequestsFlow } from './my-requests';
import { requestPaperFlow } from './request-paper';
import { returnToWorkFlow } from './return-to-work';
import { sickDuringLeaveFlow } from './sick-during-leave';

/** The employee's leave in chat: request, documents, status, cancel, papers, early return and sick days. */
export const leaveFlows: readonly FlowDef[] = [
  leaveRequestFlow, leaveDocumentFlow, myRequestsFlow, cancelRequestFlow, leaveLetterFlow, leaveFormFlow, requestPaperFlow, returnToWorkFlow, sickDuringLeaveFlow,
];
