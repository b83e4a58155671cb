import { type LeavePolicy, resolveDelegate } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { RequestForDecision } from './approval-state';
import { loadDelegations } from '../internal/load-leave-facts';
import { sendApprovalCard } from './send-approval-card';

/**
 * The request moves on to step `order`: it starts waiting now, with today's
 * stand-in for its approver if they are away, and its card goes out.
 */
export async function activateNextStep(
  tx: Tx,
  request: RequestForDecision,
  order: number,
  at: { now: Date; today: string; policy: LeavePolicy },
): Promise<{ approverName: string; role: 'SUPERVISOR' | 'OFFICIAL' }> {
  const step = request.steps.find((s) => s.order === order);
  if (!step) throw new Error(`request ${request.id} has no step ${order}`);
  const delegateId = resolveDelegate(step.approverId, await loadDelegations(tx, at.today), at.today, request.employeeId);
  const activated = await tx.approvalStep.update({
    where: { id: step.id },
    data: { status: 'PENDING', activatedAt: at.now, delegateId },
    select: { approver: { select: { name: true } }, delegate: { select: { name: true } } },
  });
  await sendApprovalCard(tx, request.id, order, { policy: at.policy });
  return { approverName: activated.delegate?.name ?? activated.approver.name, role: step.role };
}

/** After a final decision or a cancellation, steps that never came to decide are skipped. */
export async function closeRemainingSteps(tx: Tx, requestId: number): Promise<void> {
  await tx.$dialect.writes.remainingStepsSkipped(tx, requestId);
}
