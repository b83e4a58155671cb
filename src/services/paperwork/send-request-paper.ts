import type { OutboundMessage } from '../../chat/outbound-message';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { paperMessage } from './paper-message';
import { type PaperKind, takeRequestPaper } from './take-request-paper';

export interface SendRequestPaperInput {
  /** The chat's employee: HR, an approver (or stand-in) of the request, or the employee it is for. */
  reader: { id: number; name: string };
  channel: string;
  lang: Language;
  now: Date;
  kind: PaperKind;
  /** "CT-2026-000123" as typed, or the request's id from a card's button. */
  request: { ref: string } | { id: number };
}

/**
 * A request's form or standing Surat Izin Cuti as the chat message that
 * carries it (rendered when sent), for whoever the request concerns: the
 * approver's card and HR's command reach any request they may see, checked
 * against the database (takeRequestPaper audits the hand-out and a refusal).
 * Throws 'paperwork.request_not_found', 'forbidden.leave_paper' or 'paperwork.no_letter'.
 */
export async function sendRequestPaper(tx: Tx, input: SendRequestPaperInput): Promise<OutboundMessage> {
  const where = 'ref' in input.request ? { ref: input.request.ref.toUpperCase() } : { id: input.request.id };
  const request = await tx.leaveRequest.findUnique({ where, select: { id: true } });
  if (!request) throw new AppError('paperwork.request_not_found', { ref: 'ref' in input.request ? input.request.ref : '' });
  const taken = await takeRequestPaper(tx, {
    requestId: request.id,
    kind: input.kind,
    readerId: input.reader.id,
    auditAs: { actorType: 'EMPLOYEE', actorId: input.reader.id, actorName: input.reader.name, channel: input.channel },
    now: input.now,
  });
  if (taken instanceof AppError) throw taken;
  return paperMessage(taken.paper, taken.ref, input.lang, input.kind === 'LETTER' ? 'paperwork.letter.caption_for' : undefined);
}
