import { compareDays } from '../../day';
import { addDurations, lastDayOf } from '../duration';
import { leaveError } from '../leave-error';
import type { Duration, LeavePolicy } from '../policy';
import { absenceEnd, type EmployeeFacts, type LeaveDetail } from '../request';
import type { LeaveTypeCode } from '../types';
import type { CheckRule } from './context';

/**
 * The longest single request, or null for none: CB 3 months, CM 3 months,
 * CAP 1 month, CLTN 3 years; CS 1 year for a PNS (+6 months with a health
 * board's letter) and 1 month for a PPPK, 1.5 months after a miscarriage, and
 * no limit after a work accident (until recovered; a PPPK's contract end still
 * applies). CT is limited by its balance instead.
 */
export function maxLengthFor(
  typeCode: LeaveTypeCode,
  employee: Pick<EmployeeFacts, 'kind'>,
  detail: LeaveDetail,
  policy: LeavePolicy,
): Duration | null {
  const base = policy.types[typeCode].maxLength[employee.kind];
  if (typeCode !== 'CS') return base;
  if (detail.sickKind === 'MISCARRIAGE') return policy.sick.miscarriage;
  if (detail.sickKind === 'WORK_ACCIDENT') return null;
  if (base && detail.healthBoardLetter && employee.kind === 'PNS') {
    return addDurations(base, policy.sick.healthBoardExtension);
  }
  return base;
}

export const checkLength: CheckRule = ({ input, typeCode }) => {
  const { employee, request, policy } = input;
  const limit = maxLengthFor(typeCode, employee, request.detail, policy);
  if (!limit) return [];
  const lastDay = lastDayOf(request.start, limit);
  if (compareDays(request.end, lastDay) <= 0) return [];
  return [leaveError('leave.too_long', { lastDay })];
};

/** A PPPK's leave (travel days included) ends by the contract's last day. */
export const checkContractEnd: CheckRule = ({ input }) => {
  const { contractEnd, kind } = input.employee;
  if (kind !== 'PPPK' || !contractEnd) return [];
  const end = absenceEnd(input.request);
  if (compareDays(end, contractEnd) <= 0) return [];
  return [leaveError('leave.after_contract_end', { contractEnd })];
};
