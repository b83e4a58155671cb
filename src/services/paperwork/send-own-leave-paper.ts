import type { OutboundMessage } from '../../chat/outbound-message';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { ensureLeaveForm } from './ensure-leave-form';
import { paperMessage } from './paper-message';

export interface SendOwnLeavePaperInput {
  employee: { id: number; name: string };
  channel: string;
  lang: Language;
  now: Date;
}

/**
 * An employee's standing Surat Izin Cuti again, as the chat message that
 * carries it (rendered when sent). Only their own; audited.
 * AppError('paperwork.not_found') otherwise.
 */
export async function sendOwnLeaveLetter(tx: Tx, input: SendOwnLeavePaperInput & { paperId: number }): Promise<OutboundMessage> {
  const paper = await tx.leavePaper.findFirst({
    where: { id: input.paperId, kind: 'LETTER', status: 'CURRENT', request: { employeeId: input.employee.id } },
    select: { id: true, kind: true, version: true, number: true, requestId: true, request: { select: { ref: true } } },
  });
  if (!paper) throw new AppError('paperwork.not_found');
  await audit(tx, input, paper.requestId, { ref: paper.request.ref, paperId: paper.id, kind: 'LETTER' });
  return paperMessage(paper, paper.request.ref, input.lang);
}

/** The form of one of the employee's own requests as it stands now (a new version when it changed); audited. */
export async function sendOwnLeaveForm(tx: Tx, input: SendOwnLeavePaperInput & { requestId: number }): Promise<OutboundMessage> {
  const owned = await tx.leaveRequest.findFirst({ where: { id: input.requestId, employeeId: input.employee.id }, select: { id: true } });
  if (!owned) throw new AppError('paperwork.not_found');
  const { paper, ref } = await ensureLeaveForm(tx, input.requestId, input.now);
  await audit(tx, input, input.requestId, { ref, paperId: paper.id, kind: 'FORM' });
  return paperMessage(paper, ref, input.lang);
}

async function audit(tx: Tx, input: SendOwnLeavePaperInput, requestId: number, data: Record<string, unknown>): Promise<void> {
  await writeAudit(tx, {
    actorType: 'EMPLOYEE', actorId: input.employee.id, actorName: input.employee.name, channel: input.channel,
    action: 'leave.paper_sent', entity: 'LeaveRequest', entityId: requestId, data,
  });
}
