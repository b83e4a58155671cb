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

/** The request with its steps, read fresh (after lockEmployee) for a decision or a cancellation. */
export async function loadRequestForDecision(tx: Tx, requestId: number): Promise<RequestForDecision> {
  return tx.leaveRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true, ref: true, employeeId: true, typeCode: true, status: true, currentStep: true, startDate: true, endDate: true,
      halfDay: true, days: true, detail: true, version: true,
      steps: {
        orderBy: { order: 'asc' },
        select: {
          id: true, order: true, role: true, token: true, approverId: true, delegateId: true, status: true, decision: true,
          changedStart: true, changedEnd: true,
        },
      },
    },
  });
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
