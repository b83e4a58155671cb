import { addDays, compareDays, type IsoDay } from '../day';
import { type LeaveError, leaveError } from './leave-error';
import type { LeaveStatus } from './types';

export type EarlyReturnPlan =
  | { readonly ok: true; readonly end: IsoDay }
  | { readonly ok: false; readonly error: LeaveError };

/**
 * The employee comes back to work on `returnDay` while granted leave is under
 * way: the leave now ends the day before. Only granted leave (APPROVED or
 * CHANGED) that has started (before the start, cancelling is the path) and
 * only a return day after the start and within the leave.
 */
export function planEarlyReturn(
  request: { readonly status: LeaveStatus; readonly start: IsoDay; readonly end: IsoDay },
  returnDay: IsoDay,
  today: IsoDay,
): EarlyReturnPlan {
  if (request.status !== 'APPROVED' && request.status !== 'CHANGED') {
    return { ok: false, error: leaveError('leave.return_not_granted', { status: request.status }) };
  }
  if (compareDays(today, request.start) < 0) {
    return { ok: false, error: leaveError('leave.return_before_start', { start: request.start }) };
  }
  if (compareDays(returnDay, request.start) <= 0 || compareDays(returnDay, request.end) > 0) {
    return { ok: false, error: leaveError('leave.return_day_outside', { start: addDays(request.start, 1), end: request.end }) };
  }
  return { ok: true, end: addDays(returnDay, -1) };
}
