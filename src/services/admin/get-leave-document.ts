import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';

export interface LeaveDocumentFile {
  id: number;
  fileName: string;
  mimeType: string;
  sha256: string;
  content: Buffer;
}

/**
 * One document of one request, with its bytes, for HR to read: only when it is
 * attached to that request (AppError('error.not_found') otherwise, so a
 * document id cannot be read through another request).
 */
export async function getLeaveDocument(tx: Tx, requestId: number, documentId: number): Promise<LeaveDocumentFile> {
  const found = await tx.leaveDocument.findFirst({
    where: { id: documentId, requestId },
    select: { id: true, fileName: true, mimeType: true, sha256: true, content: true },
  });
  if (!found) throw new AppError('error.not_found');
  return { ...found, content: Buffer.from(found.content) };
}
