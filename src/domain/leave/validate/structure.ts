import { compareDays, isIsoDay } from '../../day';
import { halfDayApplies } from '../count-leave-days';
import { type LeaveError, leaveError } from '../leave-error';
import type { LeavePolicy } from '../policy';
import type { RequestedLeave } from '../request';
import { isLeaveTypeCode } from '../types';

/** Problems that make counting meaningless: checked first, alone. */
export function checkStructure(request: RequestedLeave, policy: LeavePolicy): LeaveError[] {
  if (!isLeaveTypeCode(request.typeCode)) return [leaveError('leave.unknown_type', { typeCode: request.typeCode })];
  const typeCode = request.typeCode;
  if (!policy.types[typeCode].requestable) return [leaveError('leave.type_not_requestable', { typeCode })];
  const badDates = (['start', 'end'] as const).filter((field) => !isIsoDay(request[field]));
  if (badDates.length > 0) return badDates.map((field) => leaveError('leave.invalid_date', { field }));
  if (compareDays(request.end, request.start) < 0) return [leaveError('leave.end_before_start')];
  if (request.halfDay && !halfDayApplies({ ...request, typeCode }, policy)) {
    return [leaveError('leave.half_day_not_allowed')];
  }
  return [];
}
