import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import type { LeaveRequestView } from './contract';
import { leaveRequestViewSelect, toLeaveRequestView } from './leave-request-view';

/** One request as people see it; AppError('leave.request_not_found') when there is none. */
export async function getLeaveRequestView(tx: Tx, requestId: number): Promise<LeaveRequestView> {
  const row = await tx.leaveRequest.findUnique({ where: { id: requestId }, select: leaveRequestViewSelect });
  if (!row) throw new AppError('leave.request_not_found', { id: requestId });
  return toLeaveRequestView(row);
}
