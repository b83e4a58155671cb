import { AppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { sendApprovalCard } from './approval/send-approval-card';
import { resolveCard } from './approval/resolve-card';
import { newStepToken } from './approval/step-token';
import { notifyEmployees } from '../notify/notify-employees';
import { type AdminActor, auditActor } from '../admin/admin-actor';

export interface ReassignInput {
  requestId: number;
  approverNip: string;
  reason: string;
  actor: AdminActor;
  now: Date;
}

/**
 * HR moves a stuck request's current step to another approver: the step gets
 * a new token (the old card's buttons stop working and the card is closed),
 * starts waiting anew, and its card goes to the new approver; the employee is
 * told. Audited with the reason.
 */
export async function reassignLeaveStep(tx: Tx, input: ReassignInput) {
  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: input.requestId },
    select: {
      id: true, ref: true, status: true, employeeId: true,
      steps: { where: { status: 'PENDING' }, select: { id: true, order: true, token: true, approverId: true, delegateId: true } },
    },
  });
  const step = request.steps[0];
  if (request.status !== 'PENDING' || !step) throw new AppError('admin.leave.not_pending', { ref: request.ref, status: request.status });
  const approver = await tx.employee.findUnique({ where: { nip: input.approverNip }, select: { id: true, name: true, active: true } });
  if (!approver) throw new AppError('admin.leave.unknown_approver', { nip: input.approverNip });
  if (!approver.active) throw new AppError('admin.employee_inactive', { nip: input.approverNip });
  if (approver.id === request.employeeId) throw new AppError('admin.leave.own_request');

  const token = newStepToken();
  const moved = await tx.approvalStep.updateMany({
    where: { id: step.id, status: 'PENDING', token: step.token },
    data: { approverId: approver.id, delegateId: null, token, activatedAt: input.now, remindedCount: 0, lastRemindedAt: null, escalatedAt: null },
  });
  if (moved.count !== 1) throw new AppError('admin.leave.not_pending', { ref: request.ref, status: request.status });
  await tx.leaveRequest.update({ where: { id: request.id }, data: { version: { increment: 1 } }, select: { id: true } });

  await resolveCard(tx, step, (lang) => translate(lang, 'admin.leave.card_reassigned', { name: approver.name }), null);
  await sendApprovalCard(tx, request.id, step.order);
  await notifyEmployees(tx, [
    {
      employeeId: request.employeeId,
      prefer: 'WHATSAPP', purpose: 'notice',
      dedupeKey: `admin.reassigned:${token}`,
      build: (lang) => [{ kind: 'text', text: translate(lang, 'admin.leave.reassigned_notice', { ref: request.ref, name: approver.name }) }],
    },
  ]);
  await writeAudit(tx, {
    ...auditActor(input.actor),
    action: 'leave.step_reassigned',
    entity: 'LeaveRequest',
    entityId: request.id,
    data: { ref: request.ref, order: step.order, fromApproverId: step.approverId, fromDelegateId: step.delegateId, toApproverId: approver.id, reason: input.reason },
  });
  return { ref: request.ref, order: step.order, approver: { nip: input.approverNip, name: approver.name } };
}
