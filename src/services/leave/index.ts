/** The leave use cases (one file each) and what their callers need with them. */
export * from './contract';
export { submitLeave } from './submit-leave';
export { decideLeave } from './decide-leave';
export { cancelLeave } from './cancel-leave';
export { getStatus } from './get-status';
export { getBalance, toBalanceView } from './get-balance';
export { listPendingForApprover } from './list-pending-for-approver';
export { getLeaveRequestView } from './get-leave-request-view';
export { checkDecision, type DecisionStep } from './decision-checks';
export { approvalCard, approvalCardText, decisionChoices, decisionValue, DECISIONS, type CardFacts } from './approval-card';
export { loadCardFacts, sendApprovalCard } from './send-approval-card';
export { describeRefusal, isLeaveRefused, LeaveRefused } from './leave-refused';
export { isStepToken, stepRef } from './step-token';
