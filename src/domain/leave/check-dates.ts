import { addDays, addMonths, compareDays, type IsoDay } from '../day';
import { countLeaveDays } from './count-leave-days';
import { type LeaveError, leaveError } from './leave-error';
import type { LeavePolicy } from './policy';
import type { EmployeeFacts } from './request';
import type { Holiday, LeaveTypeCode } from './types';
import type { CheckContext } from './validate/context';
import { checkService } from './validate/eligibility';
import { checkNotice, checkPast } from './validate/timing';

export interface DatesQuery {
  typeCode: LeaveTypeCode;
  start: IsoDay;
  end: IsoDay;
  employee: Pick<EmployeeFacts, 'kind' | 'serviceStart'>;
  today: IsoDay;
  holidays: readonly Holiday[];
  policy: LeavePolicy;
}

/** The range as understood (`start`, `end`), with the days it charges or the first rule it breaks. */
export type DatesCheck = { ok: true; start: IsoDay; end: IsoDay; fullDays: number } | { ok: false; start: IsoDay; end: IsoDay; error: LeaveError };

/**
 * A day typed without a year means its next occurrence ("25 nov" on 27 Nov is
 * next year). Sick leave may start a few days back, so for CS a range that
 * lands a year ahead but would start inside the backdating window a year
 * earlier is read as this year's: nobody reports sick leave a year ahead.
 */
function sickLeaveRange(q: DatesQuery): { start: IsoDay; end: IsoDay } {
  if (q.typeCode !== 'CS') return { start: q.start, end: q.end };
  const earlier = { start: addMonths(q.start, -12), end: addMonths(q.end, -12) };
  const window = addDays(q.today, -q.policy.sick.backdateDays);
  const inWindow = compareDays(earlier.start, window) >= 0 && compareDays(earlier.start, q.today) < 0;
  return inWindow ? earlier : { start: q.start, end: q.end };
}

/**
 * What the dates of a request decide before its other answers are known, by
 * the rules validateLeaveRequest applies: not in the past (CS may start a few
 * days back), enough service and notice where no later answer could lift them
 * (CB's first hajj, an emergency), at least one day to charge.
 */
export function checkLeaveDates(q: DatesQuery): DatesCheck {
  const { start, end } = sickLeaveRange(q);
  const rule = q.policy.types[q.typeCode];
  const request = { typeCode: q.typeCode, start, end, detail: {} };
  const input = { employee: { ...q.employee, hardToReach: false }, request, today: q.today, existing: [], balances: {}, holidays: q.holidays, policy: q.policy };
  const ctx: CheckContext = { input, typeCode: q.typeCode, rule, days: 0, daysByYear: [] };
  const [error] = [
    ...checkPast(ctx),
    ...(q.typeCode === 'CB' ? [] : checkService(ctx)),
    ...(rule.emergencyOverride ? [] : checkNotice(ctx)),
  ];
  if (error) return { ok: false, start, end, error };
  const fullDays = countLeaveDays({ typeCode: q.typeCode, start, end, holidays: q.holidays, policy: q.policy });
  return fullDays === 0 ? { ok: false, start, end, error: leaveError('leave.no_working_days') } : { ok: true, start, end, fullDays };
}
