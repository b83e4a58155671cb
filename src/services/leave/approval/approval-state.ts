import type { ApprovalState, ApprovalStepPlan } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { DecisionRequestRowData } from '../../../store/dialect/decision-reads';

/** The request with its steps in order, as deciding on it (or cancelling it) reads it. */
export type RequestForDecision = DecisionRequestRowData;

/** The request with its steps, read fresh (after lockEmployee) for a decision or a cancellation (one fixed read). */
export async function loadRequestForDecision(tx: Tx, requestId: number): Promise<RequestForDecision> {
  const request = await tx.$dialect.reads.requestForDecision(tx, requestId);
  if (!request) throw new Error(`leave request ${requestId} not found`);
  return request;
}

export function stepPlan(step: RequestForDecision['steps'][number]): ApprovalStepPlan {
  return step.delegateId === null
    ? { order: step.order, role: step.role, approverId: step.approverId }
    : { order: step.order, role: step.role, approverId: step.approverId, delegateId: step.delegateId };
}

/**
 * The domain's view of where the request stands: its steps, the dates in force
 * and a recommendation of other dates from an earlier step (the latest CHANGE
 * decided on a step before the current one).
 */
export function approvalStateOf(request: RequestForDecision): ApprovalState {
  const proposal = request.steps
    .filter((s) => s.status === 'DECIDED' && s.decision === 'CHANGE' && s.changedStart && s.changedEnd)
    .at(-1);
  return {
    status: request.status,
    currentStep: request.currentStep,
    steps: request.steps.filter((s) => s.status !== 'SKIPPED').map(stepPlan),
    dates: { start: request.startDate, end: request.endDate },
    proposal: proposal ? { start: proposal.changedStart!, end: proposal.changedEnd! } : null,
  };
}
