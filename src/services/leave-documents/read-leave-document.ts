import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { requestReaderRole } from '../leave/request-reader-role';

export interface LeaveDocumentFile {
  id: number;
  fileName: string;
  mimeType: string;
  sha256: string;
  content: Buffer;
}

export interface ReadLeaveDocumentInput {
  requestId: number;
  documentId: number;
  /** The Employee who reads: allowed when HR (active) or an approver or stand-in of one of the request's steps. */
  readerId: number;
  /** Who the audit rows name (HR_TOKEN for the admin API, EMPLOYEE in chat). */
  auditAs: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;
}

/**
 * One document of one request, with its bytes. Documents are health data
 * (doctors' letters): only HR and the request's approvers (and their stand-ins)
 * may read them, and every read is audited (`leave.document_read`). Anyone
 * else gets AppError('forbidden.leave_document'), and the refusal is audited
 * too (`leave.document_refused`: the caller commits `tx` before answering).
 * 'error.not_found' when the document is not attached to that request;
 * 'leave.document_purged' when the retention policy has removed its file.
 */
export async function readLeaveDocument(tx: Tx, input: ReadLeaveDocumentInput): Promise<LeaveDocumentFile | AppError> {
  const found = await tx.leaveDocument.findFirst({
    where: { id: input.documentId, requestId: input.requestId },
    select: { id: true, fileName: true, mimeType: true, sha256: true, content: true, purgedAt: true },
  });
  if (!found) return new AppError('error.not_found');
  const as = await requestReaderRole(tx, input.requestId, input.readerId);
  const audit = { ...input.auditAs, entity: 'LeaveRequest', entityId: input.requestId };
  if (!as) {
    await writeAudit(tx, { ...audit, action: 'leave.document_refused', data: { documentId: found.id, readerId: input.readerId } });
    return new AppError('forbidden.leave_document');
  }
  if (found.purgedAt) return new AppError('leave.document_purged', { date: found.purgedAt.toISOString().slice(0, 10) });
  await writeAudit(tx, { ...audit, action: 'leave.document_read', data: { documentId: found.id, as, sha256: found.sha256 } });
  const { purgedAt: _purgedAt, ...file } = found;
  return { ...file, content: Buffer.from(found.content) };
}
