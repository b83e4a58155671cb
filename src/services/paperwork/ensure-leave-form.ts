import { asJson, type Tx } from '../../store/database';
import { newPaperCode } from './new-paper-code';
import { factsOf } from './paper-facts';

/**
 * The form paper of a request as it stands now: the current one when the
 * request has not changed since it was printed, else a new version (its own
 * code) and the older one SUPERSEDED. Runs in the caller's transaction.
 */
export async function ensureLeaveForm(tx: Tx, requestId: number, now: Date) {
  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, ref: true, typeCode: true, status: true, startDate: true, endDate: true, days: true, version: true },
  });
  const select = { id: true, kind: true, version: true, number: true, verificationCode: true, requestVersion: true } as const;
  const latest = await tx.leavePaper.findFirst({ where: { requestId, kind: 'FORM' }, orderBy: { version: 'desc' }, select });
  if (latest && latest.requestVersion === request.version) return { paper: latest, ref: request.ref };
  if (latest) await tx.leavePaper.updateMany({ where: { requestId, kind: 'FORM', status: 'CURRENT' }, data: { status: 'SUPERSEDED', endedAt: now } });
  const paper = await tx.leavePaper.create({
    data: {
      requestId, kind: 'FORM', version: (latest?.version ?? 0) + 1, verificationCode: newPaperCode(),
      requestVersion: request.version, facts: asJson(factsOf(request)), issuedAt: now,
    },
    select,
  });
  return { paper, ref: request.ref };
}
