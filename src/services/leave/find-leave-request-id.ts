import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';

/** The id of the request with this reference (e.g. "CT-2026-000123"), or of this numeric id; 404 otherwise. */
export async function findLeaveRequestId(tx: Tx, refOrId: string): Promise<number> {
  const byRef = await tx.leaveRequest.findUnique({ where: { ref: refOrId }, select: { id: true } });
  if (byRef) return byRef.id;
  if (/^\d{1,9}$/.test(refOrId)) {
    const byId = await tx.leaveRequest.findUnique({ where: { id: Number(refOrId) }, select: { id: true } });
    if (byId) return byId.id;
  }
  throw new AppError('error.not_found');
}
