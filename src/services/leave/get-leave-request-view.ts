import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import type { LeaveRequestView } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';

/** One request as people see it; AppError('leave.request_not_found') when there is none. */
export async function getLeaveRequestView(tx: Tx, requestId: number): Promise<LeaveRequestView> {
  const [view] = await loadLeaveRequestViews(tx, { ids: [requestId] });
  if (!view) throw new AppError('leave.request_not_found', { id: requestId });
  return view;
}
