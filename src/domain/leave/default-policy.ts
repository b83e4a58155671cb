import type { Duration, LeavePolicy, LeaveTypeRule } from './policy';

const months = (n: number): Duration => ({ months: n, days: 0 });
const both = ['PNS', 'PPPK'] as LeaveTypeRule['kinds'];
const pnsOnly = ['PNS'] as LeaveTypeRule['kinds'];

/**
 * The regulation's values (Peraturan BKN 24/2017 as amended by 7/2021; PP 49/2018
 * and Peraturan BKN 7/2022 for PPPK). Values marked *local* are this module's
 * defaults for what an agency decides:
 * - notice (calendar days before the start): CT 7 (the example in RULES.md),
 *   CB and CLTN 30 (long absences need a replacement), CS, CM and CAP 0 (sickness,
 *   births and family emergencies are not scheduled), 30 for travel abroad;
 * - an emergency lifts the notice for CS, CAP and CT (PPPK have no CAP and take
 *   CT for a family member's death or serious illness);
 * - the authorized official decides CB, CM, CAP and CLTN always, CT over 5
 *   working days and CS over 14 calendar days; below that the supervisor is final;
 * - half days of CT are allowed (the regulation says at least 1 day; the agency
 *   can switch half days off);
 * - every holiday kind, LOCAL included, is a day off: nobody is charged leave
 *   for a day the office is closed by decree;
 * - reminders after 1 and 3 working days, escalation after 5;
 * - continuation (the limits over time): sick leave (illness), CAP and CLTN
 *   starting within 30 calendar days after the end of one of the same type
 *   continue it, so together they fit the type's limit from the first one's
 *   start (1 year of sick leave per illness, +6 months with the health board's
 *   letter; CAP 1 month; CLTN 3 years). The regulation states the limits per
 *   illness or per leave without defining a new one; the safer reading is that
 *   a short return to work does not open a fresh limit;
 * - the 4th child: RULES.md says "from the 4th child: cuti besar rules apply".
 *   The safer (literal) reading applies all of them, the 5 years of service and
 *   the 5 years between two cuti besar included; an agency that reads it as
 *   cuti besar's length only sets maternity.laterChildServiceExempt.
 */
export const defaultLeavePolicy: LeavePolicy = {
  types: {
    CT: {
      requestable: true, kinds: both, unit: 'WORKING_DAYS', minServiceYears: 1,
      maxLength: { PNS: null, PPPK: null }, noticeDays: 7, emergencyOverride: true, officialOverDays: 5,
    },
    CB: {
      requestable: true, kinds: pnsOnly, unit: 'CALENDAR_DAYS', minServiceYears: 5,
      maxLength: { PNS: months(3), PPPK: null }, noticeDays: 30, emergencyOverride: false, officialOverDays: 0,
    },
    CS: {
      requestable: true, kinds: both, unit: 'CALENDAR_DAYS', minServiceYears: 0,
      maxLength: { PNS: months(12), PPPK: months(1) }, noticeDays: 0, emergencyOverride: true, officialOverDays: 14,
    },
    CM: {
      requestable: true, kinds: both, unit: 'CALENDAR_DAYS', minServiceYears: 0,
      maxLength: { PNS: months(3), PPPK: months(3) }, noticeDays: 0, emergencyOverride: false, officialOverDays: 0,
    },
    CAP: {
      requestable: true, kinds: pnsOnly, unit: 'CALENDAR_DAYS', minServiceYears: 0,
      maxLength: { PNS: months(1), PPPK: null }, noticeDays: 0, emergencyOverride: true, officialOverDays: 0,
    },
    CLTN: {
      requestable: true, kinds: pnsOnly, unit: 'CALENDAR_DAYS', minServiceYears: 5,
      maxLength: { PNS: months(36), PPPK: null }, noticeDays: 30, emergencyOverride: false, officialOverDays: 0,
    },
    CBERSAMA: {
      requestable: false, kinds: both, unit: 'WORKING_DAYS', minServiceYears: 0,
      maxLength: { PNS: null, PPPK: null }, noticeDays: 0, emergencyOverride: false, officialOverDays: null,
    },
  },
  calendar: { sixDayWeek: false, excludedHolidayKinds: ['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'] },
  annual: {
    entitlementDays: 12,
    halfDayAllowed: true,
    carryOverCap: 18,
    carryOverCapLong: 24,
    longUnusedYears: 2,
    deferredCap: 24,
    hardToReachExtraDays: { PNS: 12, PPPK: 6 },
    pppkEarlyDays: 6,
    pppkEarlyReasons: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FIRST_MARRIAGE'],
    pppkCarryOverContractYears: 2,
    pppkCarryOverLongContractYears: 3,
  },
  longLeave: { firstHajjExempt: true, forfeitsAnnualLeave: true, intervalYears: 5 },
  sick: {
    doctorLetterOverDays: 1,
    governmentDoctorOverDays: 14,
    backdateDays: 3,
    healthBoardExtension: months(6),
    miscarriage: { months: 1, days: 15 },
  },
  maternity: { maxChildOrder: 3, supportingLetter: false, laterChildServiceExempt: false },
  importantReasons: {
    reasons: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FAMILY_ESTATE', 'MARRIAGE', 'SPOUSE_GIVING_BIRTH', 'DISASTER'],
    supportingLetter: false,
  },
  abroadNoticeDays: 30,
  continuationGapDays: 30,
  reminders: { remindAfterWorkingDays: [1, 3], escalateAfterWorkingDays: 5 },
};
