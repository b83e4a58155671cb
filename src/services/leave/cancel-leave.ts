import { AppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import { formatInstant } from '../../domain/format';
import { isLeaveTypeCode, planCancellation, toAppError } from '../../domain/leave';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { refreshLeaveLetter } from '../paperwork/refresh-leave-letter';
import { closeRemainingSteps } from './approval/activate-next-step';
import { loadRequestForDecision } from './approval/approval-state';
import { moveCharged } from './ledger/charge-days';
import type { CancelLeaveInput, LeaveDeps, LeaveRequestView } from './contract';
import { restoreForfeited } from './ledger/forfeit-annual-leave';
import { getLeaveRequestView } from './get-leave-request-view';
import { actorDisplayName, auditActor, isProxy } from './internal/leave-actor';
import { grantCancelledNotices } from './internal/grant-cancelled-notices';
import { cancelledForYou, grantCancelled } from './internal/requester-notices';
import { resolveCard } from './approval/resolve-card';
import { readStoredDetail, storedDetail } from './internal/stored-detail';
import { withSavepoint } from './with-savepoint';
import { lockRequestOwner } from './internal/lock-request-owner';

/**
 * Cancels a request, by the employee or a proxy (HR, their supervisor): a
 * pending one freely (its held CT days come back), a granted one only before
 * it starts (its used days, and any CT cuti besar forfeited, come back; its
 * Surat Izin Cuti stops standing). The
 * approver whose card is still open sees it closed; the employee is told when
 * someone else cancelled; when it was granted, those who granted it and HR
 * are told.
 */
export async function cancelLeave(tx: Tx, deps: LeaveDeps, input: CancelLeaveInput): Promise<LeaveRequestView> {
  return withSavepoint(tx, () => cancel(tx, deps, input));
}

async function cancel(tx: Tx, deps: LeaveDeps, input: CancelLeaveInput): Promise<LeaveRequestView> {
  const now = deps.clock.now();
  const today = jakartaDay(now);
  const employee = await lockRequestOwner(tx, input.requestId, input.actor);

  const request = await loadRequestForDecision(tx, input.requestId);
  if (!isLeaveTypeCode(request.typeCode)) throw new AppError('leave.not_cancellable', { status: request.status });
  const plan = planCancellation({ typeCode: request.typeCode, status: request.status, start: request.startDate }, today);
  if (!plan.ok) throw toAppError(plan.error);
  const stored = readStoredDetail(request.detail);
  const reason = input.reason?.trim() || null;
  const { count } = await tx.leaveRequest.updateMany({
    where: { id: request.id, version: request.version, status: request.status },
    data: {
      status: 'CANCELLED',
      cancelReason: reason,
      version: { increment: 1 },
      detail: storedDetail({ ...stored, forfeited: [] }),
    },
  });
  if (count !== 1) throw new AppError('leave.not_cancellable', { status: request.status });
  if (plan.balanceEffect === 'RELEASE_RESERVED') await moveCharged(tx, employee.id, stored.charged, 'release', { reason: 'cancel', requestId: request.id });
  if (plan.balanceEffect === 'RETURN_USED') await moveCharged(tx, employee.id, stored.charged, 'returnUsed', { reason: 'cancel', requestId: request.id });
  if (request.status !== 'PENDING') await restoreForfeited(tx, employee.id, stored.forfeited, request.id);
  const open = request.steps.find((s) => s.status === 'PENDING');
  await closeRemainingSteps(tx, request.id);
  await refreshLeaveLetter(tx, { requestId: request.id, now, actor: auditActor(input.actor) });

  const proxy = isProxy(input.actor, employee.id);
  await writeAudit(tx, {
    ...auditActor(input.actor),
    action: 'leave.cancelled',
    entity: 'LeaveRequest',
    entityId: request.id,
    data: { ref: request.ref, from: request.status, reason, proxy, effect: plan.balanceEffect, charged: stored.charged, restored: stored.forfeited },
  });
  const view = await getLeaveRequestView(tx, request.id);
  if (open) {
    const text = (lang: 'id' | 'en') =>
      translate(lang, 'approvals.outcome.CANCELLED', { name: actorDisplayName(input.actor, lang), at: formatInstant(now, lang) });
    await resolveCard(tx, open, text, null);
  }
  if (request.status !== 'PENDING') {
    const by = (lang: 'id' | 'en') => actorDisplayName(input.actor, lang);
    await notifyEmployees(tx, await grantCancelledNotices(tx, view, grantCancelled(view, by), input.actor.type === 'SYSTEM' ? null : input.actor.employeeId));
  }
  if (proxy) {
    await notifyEmployees(tx, [{
      employeeId: employee.id,
      prefer: 'WHATSAPP', purpose: 'notice',
      dedupeKey: `leave.cancelled:${request.id}`,
      build: cancelledForYou(view, (lang) => actorDisplayName(input.actor, lang)),
    }]);
  }
  return view;
}
