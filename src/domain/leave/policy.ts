import { z } from 'zod';
import { EMPLOYEE_KINDS, HOLIDAY_KINDS } from './types';

/**
 * The leave rules as data. Defaults (default-policy.ts) carry the values of the
 * regulation; an agency overrides the *local* ones through resolvePolicy.
 */
const days = z.number().int().min(0);
const kind = z.enum(EMPLOYEE_KINDS);

/** A calendar period: `months` then `days`; 1.5 months is { months: 1, days: 15 }. */
export const durationSchema = z.strictObject({ months: days, days });

const lengthLimit = z.strictObject({ PNS: durationSchema.nullable(), PPPK: durationSchema.nullable() });

export const leaveTypeRuleSchema = z.strictObject({
  /** False for cuti bersama: set by decree, never requested. */
  requestable: z.boolean(),
  kinds: z.array(kind),
  unit: z.enum(['WORKING_DAYS', 'CALENDAR_DAYS']),
  minServiceYears: days,
  /** Longest single request; null = no period limit (CT is limited by its balance). */
  maxLength: lengthLimit,
  /** *local*: calendar days between today and the start date. */
  noticeDays: days,
  /** *local*: an emergency lifts the notice period. */
  emergencyOverride: z.boolean(),
  /** *local*: the authorized official decides when days exceed this; 0 = always, null = never. */
  officialOverDays: z.number().min(0).nullable(),
});

const reasonList = z.array(z.string().min(1));

export const leavePolicySchema = z.strictObject({
  types: z.strictObject({
    CT: leaveTypeRuleSchema,
    CB: leaveTypeRuleSchema,
    CS: leaveTypeRuleSchema,
    CM: leaveTypeRuleSchema,
    CAP: leaveTypeRuleSchema,
    CLTN: leaveTypeRuleSchema,
    CBERSAMA: leaveTypeRuleSchema,
  }),
  calendar: z.strictObject({
    sixDayWeek: z.boolean(),
    excludedHolidayKinds: z.array(z.enum(HOLIDAY_KINDS)),
  }),
  annual: z.strictObject({
    entitlementDays: days,
    halfDayAllowed: z.boolean(),
    carryOverCap: days,
    carryOverCapLong: days,
    longUnusedYears: days,
    deferredCap: days,
    hardToReachExtraDays: z.strictObject({ PNS: days, PPPK: days }),
    pppkEarlyDays: days,
    pppkEarlyReasons: reasonList,
    pppkCarryOverContractYears: days,
    pppkCarryOverLongContractYears: days,
  }),
  longLeave: z.strictObject({
    firstHajjExempt: z.boolean(),
    forfeitsAnnualLeave: z.boolean(),
    /** Years between the starts of two cuti besar. */
    intervalYears: days,
  }),
  sick: z.strictObject({
    doctorLetterOverDays: days,
    governmentDoctorOverDays: days,
    backdateDays: days,
    healthBoardExtension: durationSchema,
    miscarriage: durationSchema,
  }),
  maternity: z.strictObject({
    maxChildOrder: days,
    supportingLetter: z.boolean(),
    /** *local*: a cuti besar for the birth of a later child is exempt from the 5 years of service and the interval. */
    laterChildServiceExempt: z.boolean(),
  }),
  importantReasons: z.strictObject({ reasons: reasonList, supportingLetter: z.boolean() }),
  abroadNoticeDays: days,
  /**
   * *local*: a request of CS (illness), CAP or CLTN starting within this many
   * calendar days after an earlier one of the same type ends continues it.
   */
  continuationGapDays: days,
  reminders: z.strictObject({ remindAfterWorkingDays: z.array(days), escalateAfterWorkingDays: days }),
});

export type Duration = z.infer<typeof durationSchema>;
export type LeaveTypeRule = z.infer<typeof leaveTypeRuleSchema>;
export type LeavePolicy = z.infer<typeof leavePolicySchema>;

/**
 * The schema of one value of the rules by its dotted path
 * ("reminders.remindAfterWorkingDays"), the very part of leavePolicySchema
 * that checks it; undefined when the path names no value of the rules.
 */
export function policyValueSchema(path: string): z.ZodType | undefined {
  let here: z.ZodType = leavePolicySchema;
  for (const key of path.split('.')) {
    if (!(here instanceof z.ZodObject)) return undefined;
    const shape = here.shape as Record<string, z.ZodType>;
    if (!Object.hasOwn(shape, key)) return undefined;
    here = shape[key]!;
  }
  return here;
}
