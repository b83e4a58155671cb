import { asJson, type Tx } from '../../store/database';
import type { AuditEntry } from '../audit';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { newPaperCode } from './new-paper-code';
import { factsOf, readFacts, sameFacts } from './paper-facts';
import { paperMessage } from './paper-message';

export interface RefreshLeaveLetterInput {
  requestId: number;
  now: Date;
  /** The audit row's actor (who cancelled, recounted or shortened the leave). */
  actor: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;
}

export type RefreshOutcome = 'unchanged' | 'superseded' | 'cancelled' | 'none';

/**
 * The hook every change after a grant calls, in its own transaction, after
 * it wrote the request (cancellation, early return, recount): a letter whose
 * grant no longer stands is CANCELLED; one whose type, dates or days changed
 * is SUPERSEDED by a new version (same number, new code) that goes to the
 * employee's chat. Each change has its audit row. Nothing happens to a
 * request without a standing letter.
 */
export async function refreshLeaveLetter(tx: Tx, input: RefreshLeaveLetterInput): Promise<RefreshOutcome> {
  const current = await tx.leavePaper.findFirst({
    where: { requestId: input.requestId, kind: 'LETTER', status: 'CURRENT' },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, number: true, numberScope: true, numberYear: true, facts: true, verificationCode: true },
  });
  if (!current) return 'none';
  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: input.requestId },
    select: { id: true, ref: true, typeCode: true, status: true, startDate: true, endDate: true, days: true, version: true, employeeId: true },
  });
  const facts = factsOf(request);
  const stands = request.status === 'APPROVED' || request.status === 'CHANGED';
  const printed = readFacts(current.facts);
  if (stands && printed && sameFacts(printed, facts)) return 'unchanged';

  const status = stands ? 'SUPERSEDED' : 'CANCELLED';
  await tx.leavePaper.update({ where: { id: current.id }, data: { status, endedAt: input.now }, select: { id: true } });
  const audit = { ...input.actor, entity: 'LeaveRequest', entityId: request.id };
  if (!stands) {
    await writeAudit(tx, { ...audit, action: 'leave.letter_cancelled', data: { ref: request.ref, paperId: current.id, number: current.number, code: current.verificationCode } });
    return 'cancelled';
  }
  const next = await tx.leavePaper.create({
    data: {
      requestId: request.id, kind: 'LETTER', version: current.version + 1, verificationCode: newPaperCode(),
      number: current.number, requestVersion: request.version, facts: asJson(facts), issuedAt: input.now,
    },
    select: { id: true, kind: true, version: true, number: true, verificationCode: true },
  });
  await writeAudit(tx, {
    ...audit,
    action: 'leave.letter_superseded',
    data: { ref: request.ref, paperId: current.id, code: current.verificationCode, newPaperId: next.id, newCode: next.verificationCode, number: next.number, facts },
  });
  await notifyEmployees(tx, [{
    employeeId: request.employeeId,
    prefer: 'WHATSAPP', purpose: 'notice',
    dedupeKey: `leave.letter:${next.id}`,
    build: (lang) => [paperMessage(next, request.ref, lang, 'paperwork.letter.caption_reissued')],
  }]);
  return 'superseded';
}
