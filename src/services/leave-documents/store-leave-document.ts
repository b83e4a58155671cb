import { createHash } from 'node:crypto';
import type { ChannelName } from '../../chat/channel-name';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';

/** What a doctor's letter may be: a photo or a PDF, at most 10 MB. */
export const LEAVE_DOCUMENT_MIME_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];
export const LEAVE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface StoreLeaveDocumentInput {
  employeeId: number;
  actorName: string;
  /** The requirement it answers, e.g. DOCTOR_LETTER. */
  kind: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  channel: ChannelName | null;
  /** The request it belongs to, when it is sent after the request (attachLeaveDocument). */
  requestId?: number;
  /** Who the audit row names when someone other than the employee sends it (HR, a supervisor). */
  auditAs?: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;
}

/** True for a photo or PDF of an accepted type and size. */
export function isAcceptableDocument(file: { mimeType: string; content: Buffer }): boolean {
  return LEAVE_DOCUMENT_MIME_TYPES.includes(file.mimeType) && file.content.length > 0 && file.content.length <= LEAVE_DOCUMENT_MAX_BYTES;
}

/** A file name safe to show and store: no path, no control characters, at most 120 characters. */
export function safeFileName(name: string, mimeType: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\P{C}]/gu, '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return clean || (mimeType === 'application/pdf' ? 'dokumen.pdf' : 'foto.jpg');
}

/**
 * Keeps a document the employee sent in chat: before the request exists
 * (requestId null; submitLeave attaches it through `documentIds`) or for a
 * request already submitted (attachLeaveDocument passes `requestId`). The caller
 * checks type and size first (LEAVE_DOCUMENT_MIME_TYPES, LEAVE_DOCUMENT_MAX_BYTES).
 */
export async function storeLeaveDocument(tx: Tx, input: StoreLeaveDocumentInput): Promise<{ id: number; fileName: string }> {
  const fileName = safeFileName(input.fileName, input.mimeType);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const row = await tx.leaveDocument.create({
    data: {
      employeeId: input.employeeId,
      requestId: input.requestId ?? null,
      kind: input.kind,
      fileName,
      mimeType: input.mimeType,
      size: input.content.length,
      sha256,
      content: new Uint8Array(input.content),
      channel: input.channel,
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    ...(input.auditAs ?? { actorType: 'EMPLOYEE', actorId: input.employeeId, actorName: input.actorName, channel: input.channel }),
    action: 'leave.document_uploaded',
    entity: 'LeaveDocument',
    entityId: row.id,
    data: { kind: input.kind, fileName, mimeType: input.mimeType, size: input.content.length, sha256, requestId: input.requestId ?? null },
  });
  return { id: row.id, fileName };
}
