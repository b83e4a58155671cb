import type { Tx } from '../../store/database';

const person = { select: { nip: true, name: true } } as const;

/**
 * One request with everything that happened to it: its approval steps, the
 * documents attached (metadata only, never the file) and its audit trail.
 */
export async function getLeaveRequestHistory(tx: Tx, requestId: number) {
  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true, ref: true, typeCode: true, startDate: true, endDate: true, halfDay: true, days: true, reason: true,
      address: true, phoneDuring: true, detail: true, status: true, currentStep: true, proxy: true, submittedVia: true,
      cancelReason: true, decidedAt: true, createdAt: true, updatedAt: true,
      employee: { select: { nip: true, name: true, unit: { select: { code: true, name: true } } } },
      submittedBy: person,
      steps: {
        orderBy: { order: 'asc' },
        select: {
          order: true, role: true, status: true, decision: true, note: true, changedStart: true, changedEnd: true,
          activatedAt: true, decidedAt: true, decidedVia: true, remindedCount: true, lastRemindedAt: true, escalatedAt: true,
          approver: person, delegate: person, decidedBy: person,
        },
      },
      documents: {
        orderBy: { id: 'asc' },
        select: { id: true, kind: true, fileName: true, mimeType: true, size: true, sha256: true, channel: true, createdAt: true },
      },
    },
  });
  const audit = await tx.auditLog.findMany({
    where: { entity: 'LeaveRequest', entityId: String(requestId) },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { id: true, at: true, actorType: true, actorName: true, channel: true, action: true, data: true },
  });
  return { ...request, audit };
}
