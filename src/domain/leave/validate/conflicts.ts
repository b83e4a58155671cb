import { compareDays, yearOf } from '../../day';
import { leaveError } from '../leave-error';
import { absenceEnd, type ExistingRequest, type RequestedLeave } from '../request';
import { isActiveStatus } from '../types';
import type { CheckRule } from './context';

/** Morning and afternoon of the same day do not overlap. */
function complementaryHalves(a: RequestedLeave, b: ExistingRequest): boolean {
  return Boolean(a.halfDay && b.halfDay && a.halfDay !== b.halfDay && a.start === b.start && b.start === b.end);
}

function overlaps(request: RequestedLeave, other: ExistingRequest): boolean {
  if (complementaryHalves(request, other)) return false;
  return compareDays(request.start, absenceEnd(other)) <= 0 && compareDays(other.start, absenceEnd(request)) <= 0;
}

/** No two pending or granted absences of the employee on the same day. */
export const checkOverlap: CheckRule = ({ input }) => {
  const clash = input.existing.find((r) => isActiveStatus(r.status) && overlaps(input.request, r));
  if (!clash) return [];
  return [leaveError('leave.overlap', { start: clash.start, end: clash.end, ref: clash.ref ?? '' })];
};

/** Cuti besar forfeits the cuti tahunan of the year it starts in. */
export const checkAnnualForfeited: CheckRule = ({ input, typeCode, daysByYear }) => {
  if (typeCode !== 'CT' || !input.policy.longLeave.forfeitsAnnualLeave) return [];
  const longLeaveYears = new Set(
    input.existing.filter((r) => r.typeCode === 'CB' && isActiveStatus(r.status)).map((r) => yearOf(r.start)),
  );
  const hit = daysByYear.find((part) => part.days > 0 && longLeaveYears.has(part.year));
  return hit ? [leaveError('leave.annual_forfeited', { year: hit.year })] : [];
};
