import { AppError } from '../../domain/app-error';
import type { DocumentRecipient } from '../../outbox/load-document';
import type { Database } from '../../store/database';
import { readLeaveDocument } from './read-leave-document';

export interface LeaveDocumentSource {
  documentId: number;
  requestId: number;
  readerId: number;
}

/**
 * The outbox worker's resolver for the letters employees sent with a request
 * (the document that goes with an approver's card): the bytes are read from
 * the store at send time, only when the chat it goes to is a verified chat of
 * `readerId` and `readerId` may read the request's documents (readLeaveDocument:
 * an approver or stand-in of one of its steps, or HR); the read is audited as
 * theirs, a refusal too. Throws the refusal (the message is not sent).
 */
export function leaveDocumentResolver(db: Database) {
  return async (source: LeaveDocumentSource, to: DocumentRecipient): Promise<Buffer> => {
    const read = await db.prisma.$transaction(async (tx) => {
      const identity = await tx.chatIdentity.findFirst({
        where: { channel: to.channel, externalId: to.chatId, employeeId: source.readerId, verifiedAt: { not: null } },
        select: { employee: { select: { name: true } } },
      });
      if (!identity?.employee) return new AppError('forbidden.leave_document');
      return readLeaveDocument(tx, {
        requestId: source.requestId,
        documentId: source.documentId,
        readerId: source.readerId,
        auditAs: { actorType: 'EMPLOYEE', actorId: source.readerId, actorName: identity.employee.name, channel: to.channel },
      });
    });
    if (read instanceof AppError) throw read;
    return read.content;
  };
}
