import { addDays, compareDays, daysBetween } from '../../day';
import { leaveError } from '../leave-error';
import type { LeavePolicy } from '../policy';
import type { LeaveDetail } from '../request';
import type { LeaveTypeCode } from '../types';
import type { CheckRule } from './context';

/** The notice a request needs (*local*): its type's, or the longer one for leave abroad. */
export function noticeDaysFor(typeCode: LeaveTypeCode, detail: LeaveDetail, policy: LeavePolicy): { days: number; abroad: boolean } {
  const own = policy.types[typeCode].noticeDays;
  const abroad = detail.abroad === true && policy.abroadNoticeDays > own;
  return { days: abroad ? policy.abroadNoticeDays : own, abroad };
}

/** No leave in the past, except cuti sakit started up to `backdateDays` ago. */
export const checkPast: CheckRule = ({ input, typeCode }) => {
  const { start } = input.request;
  if (compareDays(start, input.today) >= 0) return [];
  const backdate = input.policy.sick.backdateDays;
  if (typeCode !== 'CS') return [leaveError('leave.start_in_past', { start, today: input.today })];
  if (daysBetween(start, input.today) > backdate) {
    return [leaveError('leave.sick_backdate_exceeded', { days: backdate, earliest: addDays(input.today, -backdate) })];
  }
  return [];
};

/** Notice before the start (*local*); longer for travel abroad; an emergency may lift it. */
export const checkNotice: CheckRule = ({ input, rule, typeCode }) => {
  const { request, today, policy } = input;
  if (compareDays(request.start, today) < 0) return [];
  if (request.detail.emergency && rule.emergencyOverride) return [];
  const { days: required, abroad } = noticeDaysFor(typeCode, request.detail, policy);
  if (daysBetween(today, request.start) >= required) return [];
  const code = abroad ? 'leave.abroad_notice_too_short' : 'leave.notice_too_short';
  return [leaveError(code, { days: required, earliest: addDays(today, required) })];
};
