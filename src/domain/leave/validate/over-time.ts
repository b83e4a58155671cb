import { compareDays, daysBetween } from '../../day';
import { lastDayOf, serviceAnniversary } from '../duration';
import { leaveError } from '../leave-error';
import type { LeavePolicy } from '../policy';
import type { ExistingRequest, LeaveDetail, RequestedLeave } from '../request';
import { isActiveStatus, type LeaveTypeCode } from '../types';
import type { CheckRule } from './context';
import { maxLengthFor } from './length';

/** Types whose limit holds over requests that continue one another (see continuationGapDays). */
const CONTINUED: ReadonlySet<LeaveTypeCode> = new Set(['CS', 'CAP', 'CLTN']);

/** Sick leave counts together only for the same kind: illness with illness (a miscarriage or work accident is its own). */
function sameKind(typeCode: LeaveTypeCode, a: LeaveDetail, b: LeaveDetail | undefined): boolean {
  if (typeCode !== 'CS') return true;
  return (a.sickKind ?? 'ILLNESS') === (b?.sickKind ?? 'ILLNESS');
}

/**
 * The earlier requests the new one continues: walking back from its start,
 * each active request of the same type ending at most `gap` calendar days
 * before the period found so far, oldest last.
 */
export function continuedRequests(
  request: RequestedLeave & { typeCode: LeaveTypeCode },
  existing: readonly ExistingRequest[],
  gap: number,
): ExistingRequest[] {
  const candidates = existing.filter(
    (r) => r.typeCode === request.typeCode && isActiveStatus(r.status) && sameKind(request.typeCode, request.detail, r.detail),
  );
  const chain: ExistingRequest[] = [];
  let from = request.start;
  for (;;) {
    const previous = candidates.find(
      (r) => !chain.includes(r) && compareDays(r.start, from) < 0 && compareDays(r.end, from) < 0 && daysBetween(r.end, from) - 1 <= gap,
    );
    if (!previous) return chain;
    chain.push(previous);
    from = previous.start;
  }
}

/**
 * Limits over time: sick leave (per illness), CAP and CLTN continued by a
 * request starting within policy.continuationGapDays of the previous one's end
 * count as one period, which must end by the type's limit counted from its
 * first day: a second 12-month sick leave right after the first is refused
 * without the health board's letter (which extends the limit by 6 months).
 */
export const checkContinuation: CheckRule = ({ input, typeCode }) => {
  if (!CONTINUED.has(typeCode)) return [];
  const { request, employee, policy, existing } = input;
  const limit = maxLengthFor(typeCode, employee, request.detail, policy);
  if (!limit) return [];
  const chain = continuedRequests({ ...request, typeCode }, existing, policy.continuationGapDays);
  if (chain.length === 0) return [];
  const since = chain.at(-1)!.start;
  const lastDay = lastDayOf(since, limit);
  if (compareDays(request.end, lastDay) <= 0) return [];
  const params = {
    since,
    lastDay,
    taken: chain.reduce((sum, r) => sum + r.days, 0),
    refs: chain.map((r) => r.ref ?? '').filter((ref) => ref !== '').reverse().join(', '),
  };
  return [leaveError(typeCode === 'CS' ? 'leave.sick_episode_exceeded' : 'leave.episode_exceeded', params)];
};

/** A later child's birth under cuti besar, where the agency exempts it (maternity.laterChildServiceExempt). */
export function isExemptBirth(typeCode: LeaveTypeCode, detail: LeaveDetail, policy: LeavePolicy): boolean {
  return typeCode === 'CB' && policy.maternity.laterChildServiceExempt && (detail.childOrder ?? 0) > policy.maternity.maxChildOrder;
}

/** Cuti besar once every 5 years (longLeave.intervalYears) between the starts of two of them. */
export const checkLongLeaveInterval: CheckRule = ({ input, typeCode }) => {
  if (typeCode !== 'CB') return [];
  const { request, existing, policy } = input;
  if (isExemptBirth(typeCode, request.detail, policy)) return [];
  const years = policy.longLeave.intervalYears;
  const clash = existing.find(
    (r) =>
      r.typeCode === 'CB' &&
      isActiveStatus(r.status) &&
      compareDays(request.start, serviceAnniversary(r.start, years)) < 0 &&
      compareDays(r.start, serviceAnniversary(request.start, years)) < 0,
  );
  if (!clash) return [];
  return [leaveError('leave.long_leave_interval', { years, ref: clash.ref ?? '', last: clash.start, eligibleFrom: serviceAnniversary(clash.start, years) })];
};

/** One maternity leave per child: the same child order twice is refused. */
export const checkMaternityChild: CheckRule = ({ input, typeCode }) => {
  const order = input.request.detail.childOrder;
  if (typeCode !== 'CM' || order === undefined) return [];
  const taken = input.existing.find((r) => r.typeCode === 'CM' && isActiveStatus(r.status) && r.detail?.childOrder === order);
  if (!taken) return [];
  return [leaveError('leave.maternity_child_taken', { childOrder: order, ref: taken.ref ?? '', start: taken.start, end: taken.end })];
};
