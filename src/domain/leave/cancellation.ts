import { compareDays, type IsoDay } from '../day';
import { type LeaveError, leaveError } from './leave-error';
import type { LeaveStatus, LeaveTypeCode } from './types';

/** What cancelling does to the CT balance: give back reserved or used days, or nothing. */
export type BalanceEffect = 'RELEASE_RESERVED' | 'RETURN_USED' | 'NONE';

export type CancellationPlan =
  | { readonly ok: true; readonly balanceEffect: BalanceEffect }
  | { readonly ok: false; readonly error: LeaveError };

/**
 * A pending request can always be cancelled (its reserved days come back); a
 * granted one (APPROVED or CHANGED) only before its start date (its used days
 * come back). Only CT touches a balance.
 */
export function planCancellation(
  request: { readonly typeCode: LeaveTypeCode; readonly status: LeaveStatus; readonly start: IsoDay },
  today: IsoDay,
): CancellationPlan {
  const charged = request.typeCode === 'CT';
  if (request.status === 'PENDING') return { ok: true, balanceEffect: charged ? 'RELEASE_RESERVED' : 'NONE' };
  if (request.status !== 'APPROVED' && request.status !== 'CHANGED') {
    return { ok: false, error: leaveError('leave.not_cancellable', { status: request.status }) };
  }
  if (compareDays(today, request.start) >= 0) {
    return { ok: false, error: leaveError('leave.cancel_after_start', { start: request.start }) };
  }
  return { ok: true, balanceEffect: charged ? 'RETURN_USED' : 'NONE' };
}
