import { z } from 'zod';
import { addDays, type IsoDay } from '../day';
import type { LeaveBalanceSnapshot } from './balance';
import type { LeavePolicy } from './policy';
import type { EmployeeKind, HalfDay, Holiday, LeaveStatus, LeaveTypeCode } from './types';

export const SICK_KINDS = ['ILLNESS', 'MISCARRIAGE', 'WORK_ACCIDENT'] as const;
export type SickKind = (typeof SICK_KINDS)[number];

/** Type-specific facts of a request (LeaveRequest.detail in the database). */
export const leaveDetailSchema = z.object({
  /** CAP: why (one of policy.importantReasons.reasons). */
  capReason: z.string().min(1).optional(),
  /** CT by a PPPK before one year of service: one of policy.annual.pppkEarlyReasons. */
  earlyReason: z.string().min(1).optional(),
  /** CM (and a CB for a later child): order of the child among those born while in service (1 = first). */
  childOrder: z.number().int().min(1).optional(),
  /** CB: first pilgrimage to Mecca (exempt from the 5 years of service). */
  firstHajj: z.boolean().optional(),
  /** Leave spent abroad: longer notice. */
  abroad: z.boolean().optional(),
  /** Declared emergency: lifts the notice where the policy allows. */
  emergency: z.boolean().optional(),
  sickKind: z.enum(SICK_KINDS).optional(),
  /** CS: a health board's letter extends the limit by policy.sick.healthBoardExtension. */
  healthBoardLetter: z.boolean().optional(),
  /** CT in a hard-to-reach place: uncharged calendar days of travel after `end`. */
  travelDays: z.number().int().min(0).optional(),
});
export type LeaveDetail = z.infer<typeof leaveDetailSchema>;

export interface EmployeeFacts {
  readonly kind: EmployeeKind;
  readonly serviceStart: IsoDay;
  readonly contractEnd?: IsoDay | null;
  /** PPPK: the first day of the contract in force; without it the contract is measured from the start of service. */
  readonly contractStart?: IsoDay | null;
  readonly hardToReach: boolean;
  readonly gender?: 'M' | 'F';
}

export interface RequestedLeave {
  readonly typeCode: string;
  readonly start: IsoDay;
  readonly end: IsoDay;
  readonly halfDay?: HalfDay | null;
  readonly detail: LeaveDetail;
}

/** One of the employee's requests already in the system (CHANGED ones with their new dates). */
export interface ExistingRequest {
  readonly ref?: string;
  readonly typeCode: LeaveTypeCode;
  readonly status: LeaveStatus;
  readonly start: IsoDay;
  readonly end: IsoDay;
  readonly halfDay?: HalfDay | null;
  readonly days: number;
  readonly travelDays?: number;
  /** Its type-specific facts (sick kind, child order...), for the limits over time. */
  readonly detail?: LeaveDetail;
}

export interface LeaveRequestInput {
  readonly employee: EmployeeFacts;
  readonly request: RequestedLeave;
  readonly today: IsoDay;
  readonly existing: readonly ExistingRequest[];
  /**
   * CT balances by year, for every year the request touches. For a request
   * reaching into a year not opened yet, pass the projection
   * (rolloverYear of this year's snapshot).
   */
  readonly balances: Readonly<Record<number, LeaveBalanceSnapshot>>;
  readonly holidays: readonly Holiday[];
  readonly policy: LeavePolicy;
}

/** The last day away from work: the leave plus any travel days. */
export function absenceEnd(leave: { end: IsoDay; travelDays?: number; detail?: LeaveDetail }): IsoDay {
  return addDays(leave.end, leave.travelDays ?? leave.detail?.travelDays ?? 0);
}
