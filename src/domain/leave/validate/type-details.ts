import { yearOf } from '../../day';
import { leaveError } from '../leave-error';
import { isActiveStatus } from '../types';
import type { CheckRule } from './context';

/**
 * CM: mothers only, for children 1 to 3 born in service. A PNS's 4th child
 * falls under cuti besar; a PPPK has no such fallback.
 */
export const checkMaternity: CheckRule = ({ input, typeCode }) => {
  if (typeCode !== 'CM') return [];
  const { employee, request, policy } = input;
  if (employee.gender === 'M') return [leaveError('leave.maternity_female_only')];
  const order = request.detail.childOrder;
  if (order === undefined) return [leaveError('leave.child_order_required')];
  const max = policy.maternity.maxChildOrder;
  if (order <= max) return [];
  if (employee.kind === 'PNS') return [leaveError('leave.maternity_use_long_leave', { childOrder: order, max })];
  return [leaveError('leave.maternity_child_order_exceeded', { childOrder: order, max })];
};

/** CAP needs one of the reasons of the regulation. */
export const checkImportantReason: CheckRule = ({ input, typeCode }) => {
  if (typeCode !== 'CAP') return [];
  const reason = input.request.detail.capReason;
  if (!reason) return [leaveError('leave.cap_reason_required')];
  if (input.policy.importantReasons.reasons.includes(reason)) return [];
  return [leaveError('leave.cap_reason_invalid', { reason })];
};

/**
 * Travel days (hard-to-reach places): CT only, for employees flagged
 * hardToReach, at most 12 (PNS) or 6 (PPPK) calendar days a year.
 */
export const checkTravelDays: CheckRule = ({ input, typeCode }) => {
  const { employee, request, policy, existing } = input;
  const travel = request.detail.travelDays ?? 0;
  if (travel === 0) return [];
  if (typeCode !== 'CT' || !employee.hardToReach) return [leaveError('leave.travel_days_not_allowed')];
  const year = yearOf(request.start);
  const used = existing
    .filter((r) => r.typeCode === 'CT' && isActiveStatus(r.status) && yearOf(r.start) === year)
    .reduce((sum, r) => sum + (r.travelDays ?? 0), 0);
  const max = policy.annual.hardToReachExtraDays[employee.kind];
  if (used + travel <= max) return [];
  return [leaveError('leave.travel_days_exceeded', { max, used, requested: travel })];
};
