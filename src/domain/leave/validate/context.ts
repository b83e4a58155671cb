import type { YearDays } from '../count-leave-days';
import type { LeaveError } from '../leave-error';
import type { LeaveTypeRule } from '../policy';
import type { LeaveRequestInput } from '../request';
import type { LeaveTypeCode } from '../types';

/** What every rule sees: the input plus facts computed once. */
export interface CheckContext {
  readonly input: LeaveRequestInput;
  readonly typeCode: LeaveTypeCode;
  readonly rule: LeaveTypeRule;
  /** Days charged (working days for CT, calendar days otherwise). */
  readonly days: number;
  readonly daysByYear: readonly YearDays[];
}

/** A rule returns the errors it finds: none when the request passes it. */
export type CheckRule = (ctx: CheckContext) => LeaveError[];
