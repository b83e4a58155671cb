import type { ApprovalState, ApprovalStepPlan, LeaveStatus } from '../../../domain/leave';
import type { Tx } from '../../../store/database';

export interface RequestForDecision {
  id: number;
  ref: string;
  employeeId: number;
  typeCode: string;
  status: LeaveStatus;
  currentStep: number;
  startDate: string;
  endDate: string;
  halfDay: 'MORNING' | 'AFTERNOON' | null;
  days: number;
  detail: unknown;
  version: number;
  steps: Array<{
    id: number;
    order: number;
    role: 'SUPERVISOR' | 'OFFICIAL';
    token: string;
    approverId: number;
    delegateId: number | null;
    status: 'WAITING' | 'PENDING' | 'DECIDED' | 'SKIPPED';
    decision: 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT' | null;
    changedStart: string | null;
    changedEnd: string | null;
  }>;
}

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
