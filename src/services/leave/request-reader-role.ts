import type { Tx } from '../../store/database';

/** Why someone may read a request's papers or documents. */
export type RequestReaderRole = 'hr' | 'approver' | 'own';

/**
 * Whether `readerId` may read what belongs to the request (its documents,
 * its form and letter), checked against the database: an active HR officer,
 * someone a step of it was given to (approver, stand-in, or who decided it),
 * or, with `ownAllowed`, the employee it is for. Null for anyone else.
 */
export async function requestReaderRole(tx: Tx, requestId: number, readerId: number, ownAllowed = false): Promise<RequestReaderRole | null> {
  const reader = await tx.employee.findUnique({ where: { id: readerId }, select: { role: true, active: true } });
  if (!reader?.active) return null;
  if (reader.role === 'HR') return 'hr';
  const step = await tx.approvalStep.findFirst({
    where: { requestId, OR: [{ approverId: readerId }, { delegateId: readerId }, { decidedById: readerId }] },
    select: { id: true },
  });
  if (step) return 'approver';
  if (!ownAllowed) return null;
  const own = await tx.leaveRequest.findFirst({ where: { id: requestId, employeeId: readerId }, select: { id: true } });
  return own ? 'own' : null;
}
