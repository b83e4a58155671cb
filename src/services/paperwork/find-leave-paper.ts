import { maskName } from '../../domain/payslip/mask-name';
import type { Tx } from '../../store/database';
import { readFacts } from './paper-facts';

/**
 * What the public verification page may tell about a leave paper: which
 * document, its number and request, a masked name, the type and dates it
 * states, the request's decision, and whether it still stands. Never a NIP.
 */
export interface FoundLeavePaper {
  code: string;
  kind: 'FORM' | 'LETTER';
  version: number;
  number: string | null;
  ref: string;
  maskedName: string;
  typeCode: string;
  start: string;
  end: string;
  /** The request's status now. */
  requestStatus: string;
  standing: 'CURRENT' | 'SUPERSEDED' | 'CANCELLED';
  /** When it stopped standing. */
  endedAt: Date | null;
}

/**
 * The leave paper with this (normalized) verification code, or null. A form
 * printed before the request changed reads as superseded (a newer form
 * would state the change), and any paper of a cancelled request as cancelled.
 */
export async function findLeavePaper(tx: Tx, code: string): Promise<FoundLeavePaper | null> {
  const paper = await tx.leavePaper.findUnique({
    where: { verificationCode: code },
    select: {
      kind: true, version: true, number: true, status: true, facts: true, requestVersion: true, endedAt: true,
      request: { select: { ref: true, typeCode: true, status: true, version: true, updatedAt: true, startDate: true, endDate: true, employee: { select: { name: true } } } },
    },
  });
  if (!paper) return null;
  const { request } = paper;
  const facts = readFacts(paper.facts);
  let standing = paper.status;
  let endedAt = paper.endedAt;
  if (standing === 'CURRENT' && request.status === 'CANCELLED') {
    standing = 'CANCELLED';
    endedAt = request.updatedAt;
  } else if (standing === 'CURRENT' && paper.kind === 'FORM' && paper.requestVersion !== request.version) {
    standing = 'SUPERSEDED';
    endedAt = request.updatedAt;
  }
  return {
    code, kind: paper.kind, version: paper.version, number: paper.number, ref: request.ref,
    maskedName: maskName(request.employee.name), typeCode: request.typeCode,
    start: facts?.start ?? request.startDate, end: facts?.end ?? request.endDate,
    requestStatus: request.status, standing, endedAt,
  };
}
