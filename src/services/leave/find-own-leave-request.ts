import type { Tx } from '../../store/database';
import type { LeaveRequestView } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';

/** One of the employee's own requests as people see it; null when it is gone or someone else's. */
export async function findOwnLeaveRequest(tx: Tx, employeeId: number, requestId: number): Promise<LeaveRequestView | null> {
  const [view] = await loadLeaveRequestViews(tx, { ids: [requestId], employeeId });
  return view ?? null;
}
