import { jakartaDay } from '../../domain/day';
import { formatLetterNumber, type LetterNumbering } from '../../domain/paperwork/letter-number';
import { isFormLeaveType } from '../../domain/paperwork/leave-paper-document';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { notifyEmployees } from '../notify/notify-employees';
import { newPaperCode } from './new-paper-code';
import { numberingScope } from './numbering-scope';
import { factsOf } from './paper-facts';
import { paperMessage } from './paper-message';
import { takeLetterNumber } from './take-letter-number';

export interface IssueLeaveLetterInput {
  requestId: number;
  now: Date;
  numbering: LetterNumbering;
  /** Who granted: the audit row's actor. */
  actor: { id: number; name: string; channel: string | null };
}

/**
 * The Surat Izin Cuti of a request just granted, in the grant's transaction:
 * the agency's next number of the year (never reused), a verification code,
 * the facts it states, its audit row, and the letter to the employee's chat
 * through the outbox ("Surat izin cuti Anda terlampir"). Types without a
 * letter in the annex (cuti bersama) get none. Returns the paper's id.
 */
export async function issueLeaveLetter(tx: Tx, input: IssueLeaveLetterInput): Promise<number | null> {
  const request = await tx.$dialect.reads.letterRequest(tx, input.requestId);
  if (!request) throw new Error(`leave request ${input.requestId} not found`);
  if (!isFormLeaveType(request.typeCode) || (request.status !== 'APPROVED' && request.status !== 'CHANGED')) return null;
  const scope = await numberingScope(tx, request.unitId, input.numbering.agencyLevel);
  const day = jakartaDay(input.now);
  const year = Number(day.slice(0, 4));
  const sequence = await takeLetterNumber(tx, scope.code, year);
  const number = formatLetterNumber(input.numbering.format, { n: sequence, year, month: Number(day.slice(5, 7)), agency: scope.code });
  const verificationCode = newPaperCode();
  const id = await tx.$dialect.writes.letterIssued(tx, {
    requestId: request.id, verificationCode, number, numberScope: scope.code, numberYear: year, sequence,
    requestVersion: request.version, facts: factsOf(request), issuedAt: input.now,
  });
  const paper = { id, kind: 'LETTER' as const, version: 1, number, verificationCode };
  await writeAudit(tx, {
    actorType: 'EMPLOYEE', actorId: input.actor.id, actorName: input.actor.name, channel: input.actor.channel,
    action: 'leave.letter_issued', entity: 'LeaveRequest', entityId: request.id,
    data: { ref: request.ref, paperId: paper.id, number, code: paper.verificationCode },
  });
  await notifyEmployees(tx, [{
    employeeId: request.employeeId,
    prefer: 'WHATSAPP', purpose: 'notice',
    dedupeKey: `leave.letter:${paper.id}`,
    build: (lang) => [paperMessage(paper, request.ref, lang)],
  }]);
  return paper.id;
}
