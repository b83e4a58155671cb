import { jakartaDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import type { LeaveDeps, PendingForApprover } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';

/**
 * Requests whose current step waits for this employee: as its approver, as the
 * delegate named on it, or standing in today for an approver who is away.
 * Oldest first (by when the step started waiting); never their own requests.
 */
export async function listPendingForApprover(tx: Tx, deps: LeaveDeps, employeeId: number): Promise<PendingForApprover[]> {
  const steps = await tx.$dialect.reads.waitingSteps(tx, employeeId, jakartaDay(deps.clock.now()));
  const current = steps.filter((s) => s.currentStep === s.order);
  if (current.length === 0) return [];
  const views = new Map((await loadLeaveRequestViews(tx, { ids: current.map((s) => s.requestId) })).map((v) => [v.id, v]));
  return current.map((s) => ({ ...views.get(s.requestId)!, stepToken: s.token, activatedAt: s.activatedAt ?? s.createdAt }));
}
