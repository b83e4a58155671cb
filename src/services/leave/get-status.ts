import { ACTIVE_STATUSES } from '../../domain/leave';
import type { Tx } from '../../store/database';
import type { LeaveRequestView } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';

/** The employee's requests, newest first: all of them, or only those still holding days (pending or granted). */
export async function getStatus(
  tx: Tx,
  employeeId: number,
  options: { limit?: number; activeOnly?: boolean } = {},
): Promise<LeaveRequestView[]> {
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 100);
  return loadLeaveRequestViews(tx, { employeeId, limit, ...(options.activeOnly ? { statuses: ACTIVE_STATUSES } : {}) });
}
