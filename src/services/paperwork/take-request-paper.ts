import { AppError } from '../../domain/app-error';
import { isFormLeaveType } from '../../domain/paperwork/leave-paper-document';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { requestReaderRole } from '../leave/request-reader-role';
import { ensureLeaveForm } from './ensure-leave-form';

export type PaperKind = 'FORM' | 'LETTER';

export interface TakeRequestPaperInput {
  requestId: number;
  kind: PaperKind;
  /** The Employee who asks: HR, an approver (or stand-in) of one of the request's steps, or the employee it is for. */
  readerId: number;
  /** Who the audit rows name (HR_TOKEN for the admin API, EMPLOYEE in chat). */
  auditAs: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;
  now: Date;
}

export interface TakenPaper {
  paper: { id: number; kind: PaperKind; version: number; number: string | null; verificationCode: string };
  ref: string;
}

/**
 * A request's form (as it stands now: a new version when it changed) or its
 * standing Surat Izin Cuti, for someone the request concerns, checked against
 * the database. Every hand-out is audited (`leave.paper_read`), and so is a
 * refusal (`leave.paper_refused`), which comes back as an AppError so the
 * caller commits its audit row: 'forbidden.leave_paper'. Also
 * 'paperwork.not_found' for a type without paperwork (cuti bersama) and
 * 'paperwork.no_letter' when no letter stands (not granted, or cancelled).
 */
export async function takeRequestPaper(tx: Tx, input: TakeRequestPaperInput): Promise<TakenPaper | AppError> {
  const request = await tx.leaveRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { id: true, ref: true, typeCode: true } });
  const audit = { ...input.auditAs, entity: 'LeaveRequest', entityId: request.id };
  const as = await requestReaderRole(tx, request.id, input.readerId, true);
  if (!as) {
    await writeAudit(tx, { ...audit, action: 'leave.paper_refused', data: { ref: request.ref, kind: input.kind, readerId: input.readerId } });
    return new AppError('forbidden.leave_paper');
  }
  if (!isFormLeaveType(request.typeCode)) return new AppError('paperwork.not_found');
  const taken = input.kind === 'FORM' ? await ensureLeaveForm(tx, request.id, input.now) : await standingLetter(tx, request);
  if (taken instanceof AppError) return taken;
  const { paper } = taken;
  await writeAudit(tx, {
    ...audit,
    action: 'leave.paper_read',
    data: { ref: request.ref, kind: input.kind, as, paperId: paper.id, version: paper.version, code: paper.verificationCode },
  });
  return taken;
}

async function standingLetter(tx: Tx, request: { id: number; ref: string }): Promise<TakenPaper | AppError> {
  const paper = await tx.leavePaper.findFirst({
    where: { requestId: request.id, kind: 'LETTER', status: 'CURRENT' },
    orderBy: { version: 'desc' },
    select: { id: true, kind: true, version: true, number: true, verificationCode: true },
  });
  return paper ? { paper, ref: request.ref } : new AppError('paperwork.no_letter', { ref: request.ref });
}
