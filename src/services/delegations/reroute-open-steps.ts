import type { Tx } from '../../store/database';
import { sendApprovalCard } from '../leave/approval/send-approval-card';

/**
 * Steps waiting for `approverId` now go to `to` (a delegate; null: back to the
 * approver), except the substitute's own requests and steps escalated above;
 * each gets its card at its new address. Returns the steps moved.
 */
export async function rerouteOpenSteps(tx: Tx, input: { approverId: number; to: number | null; from?: number; key: string }): Promise<number[]> {
  const steps = await tx.approvalStep.findMany({
    where: {
      approverId: input.approverId, status: 'PENDING', escalatedAt: null, request: { status: 'PENDING' },
      delegateId: input.from ?? null,
      ...(input.to === null ? {} : { NOT: { request: { employeeId: input.to } } }),
    },
    select: { id: true, order: true, requestId: true, request: { select: { currentStep: true } } },
  });
  const current = steps.filter((s) => s.request.currentStep === s.order);
  for (const step of current) {
    await tx.approvalStep.update({ where: { id: step.id }, data: { delegateId: input.to }, select: { id: true } });
    await sendApprovalCard(tx, step.requestId, step.order, { dedupeKey: `leave.card:${step.id}:${input.key}` });
  }
  return current.map((s) => s.id);
}
