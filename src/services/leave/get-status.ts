import type { Tx } from '../../store/database';
import type { LeaveRequestView } from './contract';
import { loadLeaveRequestViews } from './internal/leave-request-view';

/** The employee's requests, newest first: all of them, or only those still holding days (pending or granted). */
export async function getStatus(
  tx: Tx,
  employeeId: number,
  options: { limit?: number; activeOnly?: boolean } = {},
): Promise<LeaveRequestView[]> {
  return loadLeaveRequestViews(tx, { employeeId, activeOnly: options.activeOnly ?? false, limit: Math.min(Math.max(options.limit ?? 10, 1), 100) });
}
