import type { LeavePolicy } from './policy';
import type { LeaveTypeCode } from './types';

/**
 * Whether the authorized official must decide after the supervisor (*local*):
 * by default always for CB, CM, CAP and CLTN, for CT over 5 working days and
 * CS over 14 days; otherwise the supervisor's decision is final.
 */
export function needsOfficial(typeCode: LeaveTypeCode, days: number, policy: LeavePolicy): boolean {
  const over = policy.types[typeCode].officialOverDays;
  return over !== null && days > over;
}
