import { AppError } from '../../domain/app-error';
import type { ChannelName } from '../../chat/channel-name';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { isAcceptableDocument, LEAVE_DOCUMENT_MAX_BYTES, storeLeaveDocument } from '../leave-documents/store-leave-document';
import type { LeaveActor, LeaveDeps, LeaveRequestView } from './contract';
import { getLeaveRequestView } from './get-leave-request-view';
import { actorDisplayName, auditActor } from './internal/leave-actor';
import { sendApprovalCard } from './approval/send-approval-card';
import { readStoredDetail } from './internal/stored-detail';
import { withSavepoint } from './with-savepoint';
import { lockRequestOwner } from './internal/lock-request-owner';

export interface AttachLeaveDocumentInput {
  requestId: number;
  actor: LeaveActor;
  fileName: string;
  mimeType: string;
  content: Buffer;
  channel: ChannelName | null;
}

/**
 * A letter sent after the request (a doctor's letter the employee did not have
 * yet, or that HR's proxy submission lacked): kept with the request, audited,
 * and the approver deciding now gets the card again showing it attached, so
 * the request can be approved. Only for a pending request, by the employee or
 * a proxy allowed to act for them. AppError: leave.request_not_found,
 * leave.document_not_pending {status}, leave.document_file_invalid {maxMb}.
 */
export async function attachLeaveDocument(
  tx: Tx,
  _deps: LeaveDeps,
  input: AttachLeaveDocumentInput,
): Promise<{ view: LeaveRequestView; fileName: string; documentId: number }> {
  return withSavepoint(tx, () => attach(tx, input));
}

async function attach(tx: Tx, input: AttachLeaveDocumentInput): Promise<{ view: LeaveRequestView; fileName: string; documentId: number }> {
  const employee = await lockRequestOwner(tx, input.requestId, input.actor);
  if (!isAcceptableDocument(input)) throw new AppError('leave.document_file_invalid', { maxMb: LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024 });

  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: input.requestId },
    select: { id: true, ref: true, status: true, currentStep: true, detail: true },
  });
  if (request.status !== 'PENDING') throw new AppError('leave.document_not_pending', { status: request.status });
  const required = readStoredDetail(request.detail).requiredDocument;
  const stored = await storeLeaveDocument(tx, {
    employeeId: employee.id,
    actorName: actorDisplayName(input.actor, 'id'),
    kind: required === 'NONE' ? 'SUPPORTING_LETTER' : required,
    fileName: input.fileName,
    mimeType: input.mimeType,
    content: input.content,
    channel: input.channel,
    requestId: request.id,
    auditAs: auditActor(input.actor),
  });
  await writeAudit(tx, {
    ...auditActor(input.actor),
    action: 'leave.document_attached',
    entity: 'LeaveRequest',
    entityId: request.id,
    data: { ref: request.ref, documentId: stored.id, fileName: stored.fileName, required },
  });
  const step = await tx.approvalStep.findUnique({
    where: { requestId_order: { requestId: request.id, order: request.currentStep } },
    select: { token: true, status: true },
  });
  if (step?.status === 'PENDING') {
    await sendApprovalCard(tx, request.id, request.currentStep, { dedupeKey: `leave.card:${step.token}:document:${stored.id}`, documentIds: [stored.id] });
  }
  return { view: await getLeaveRequestView(tx, request.id), fileName: stored.fileName, documentId: stored.id };
}
