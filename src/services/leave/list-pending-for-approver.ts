import { jakartaDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import type { LeaveDeps, PendingForApprover } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';
import { loadDelegations } from './internal/load-leave-facts';

/**
 * Requests whose current step waits for this employee: as its approver, as the
 * delegate named on it, or standing in today for an approver who is away.
 * Oldest first (by when the step started waiting); never their own requests.
 */
export async function listPendingForApprover(tx: Tx, deps: LeaveDeps, employeeId: number): Promise<PendingForApprover[]> {
  const today = jakartaDay(deps.clock.now());
  const standingInFor = (await loadDelegations(tx, today)).filter((d) => d.toId === employeeId).map((d) => d.fromId);
  const steps = await tx.approvalStep.findMany({
    where: {
      status: 'PENDING',
      request: { status: 'PENDING', employeeId: { not: employeeId } },
      OR: [{ approverId: employeeId }, { delegateId: employeeId }, ...(standingInFor.length ? [{ approverId: { in: standingInFor } }] : [])],
    },
    orderBy: [{ activatedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { token: true, order: true, activatedAt: true, createdAt: true, requestId: true, request: { select: { currentStep: true } } },
  });
  const current = steps.filter((s) => s.request.currentStep === s.order);
  if (current.length === 0) return [];
  const views = new Map((await loadLeaveRequestViews(tx, { ids: current.map((s) => s.requestId) })).map((v) => [v.id, v]));
  return current.map((s) => ({ ...views.get(s.requestId)!, stepToken: s.token, activatedAt: s.activatedAt ?? s.createdAt }));
}
