import type { IsoDay } from '../day';
import { splitDaysByYear, type YearDays } from './count-leave-days';
import { leaveError, type LeaveError } from './leave-error';
import { needsOfficial } from './needs-official';
import { absenceEnd, type LeaveRequestInput } from './request';
import { type DocumentRequirement, requiredDocument } from './required-document';
import type { LeaveTypeCode } from './types';
import { checkBalance } from './validate/balance';
import { checkAnnualForfeited, checkOverlap } from './validate/conflicts';
import type { CheckContext, CheckRule } from './validate/context';
import { checkKind, checkPppkEarly, checkService } from './validate/eligibility';
import { checkContractEnd, checkLength } from './validate/length';
import { checkContinuation, checkLongLeaveInterval, checkMaternityChild } from './validate/over-time';
import { checkStructure } from './validate/structure';
import { checkNotice, checkPast } from './validate/timing';
import { checkImportantReason, checkMaternity, checkTravelDays } from './validate/type-details';

export interface LeaveRequestCheck {
  readonly ok: boolean;
  /** Most fundamental first; empty when ok. */
  readonly errors: readonly LeaveError[];
  /** Days charged (0 when the dates could not be counted). */
  readonly days: number;
  readonly daysByYear: readonly YearDays[];
  /** The document that must arrive before the request can be decided. */
  readonly requiredDocument: DocumentRequirement;
  readonly needsOfficial: boolean;
  /** True for cuti besar: approving it forfeits the year's cuti tahunan. */
  readonly forfeitsAnnualLeave: boolean;
  /** The last day away from work (end plus travel days). */
  readonly absenceEnd: IsoDay | null;
}

const noWorkingDays: CheckRule = ({ days }) => (days === 0 ? [leaveError('leave.no_working_days')] : []);

/** Checked in this order; all of them run, so the user sees every problem at once. */
const RULES: readonly CheckRule[] = [
  noWorkingDays,
  checkPast,
  checkNotice,
  checkService,
  checkPppkEarly,
  checkMaternity,
  checkImportantReason,
  checkLength,
  checkContinuation,
  checkLongLeaveInterval,
  checkMaternityChild,
  checkContractEnd,
  checkTravelDays,
  checkOverlap,
  checkAnnualForfeited,
  checkBalance,
];

function refused(errors: LeaveError[]): LeaveRequestCheck {
  return {
    ok: false, errors, days: 0, daysByYear: [], requiredDocument: 'NONE',
    needsOfficial: false, forfeitsAnnualLeave: false, absenceEnd: null,
  };
}

/**
 * Every rule of RULES.md a new request must pass, on plain data. Structural
 * problems (unknown type, bad or reversed dates, a misplaced half day) and a
 * type the employee's kind cannot take are reported alone; otherwise every
 * failing rule reports.
 */
export function validateLeaveRequest(input: LeaveRequestInput): LeaveRequestCheck {
  const structural = checkStructure(input.request, input.policy);
  if (structural.length > 0) return refused(structural);
  const typeCode = input.request.typeCode as LeaveTypeCode;
  const rule = input.policy.types[typeCode];
  const daysByYear = splitDaysByYear({ ...input.request, typeCode, holidays: input.holidays, policy: input.policy });
  const days = daysByYear.reduce((sum, part) => sum + part.days, 0);
  const ctx: CheckContext = { input, typeCode, rule, days, daysByYear };
  const kindErrors = checkKind(ctx);
  if (kindErrors.length > 0) return refused(kindErrors);
  const errors = RULES.flatMap((check) => check(ctx));
  return {
    ok: errors.length === 0,
    errors,
    days,
    daysByYear,
    requiredDocument: requiredDocument({ typeCode, days, detail: input.request.detail, policy: input.policy }),
    needsOfficial: needsOfficial(typeCode, days, input.policy),
    forfeitsAnnualLeave: typeCode === 'CB' && input.policy.longLeave.forfeitsAnnualLeave,
    absenceEnd: absenceEnd(input.request),
  };
}
