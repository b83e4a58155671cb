import { compareDays, daysBetween } from '../../src/domain/day';
import {
  beyondDoctorsLetter,
  type DocumentRequirement,
  type ExistingRequest,
  type LeavePolicy,
  type LeaveTypeCode,
  noticeDaysFor,
  requiredDocument,
  serviceAnniversary,
} from '../../src/domain/leave';
import type { LeaveDraft } from './leave-draft';

/* What a draft's answers so far imply: which questions apply (nextLeaveStep) and what the summary shows. */

/** Days the request charges: half a working day, or all of them. */
export function chargedDays(draft: LeaveDraft): number {
  const full = draft.fullDays ?? 0;
  return draft.halfDay === 'MORNING' || draft.halfDay === 'AFTERNOON' ? Math.min(full, 0.5) : full;
}

/** A PPPK's CT before one year of service needs one of the listed reasons. */
export function earlyAnniversary(draft: LeaveDraft, policy: LeavePolicy): string | null {
  if (draft.type !== 'CT' || draft.who?.kind !== 'PPPK' || !draft.start) return null;
  const anniversary = serviceAnniversary(draft.who.serviceStart, policy.types.CT.minServiceYears);
  return compareDays(draft.start, anniversary) < 0 ? anniversary : null;
}

/** Fewer days ahead than the notice (the type's, or the longer one abroad): only an emergency (where the policy allows one) lifts it. */
export function noticeShort(draft: LeaveDraft, policy: LeavePolicy, today: string): boolean {
  if (!draft.type || !draft.start || compareDays(draft.start, today) < 0) return false;
  return daysBetween(today, draft.start) < noticeDaysFor(draft.type, draft.detail, policy).days;
}

/**
 * Every type but sick leave asks whether the leave is spent abroad (its
 * notice is longer, policy.abroadNoticeDays): illness is not travel planned ahead.
 */
export const asksAbroad = (type: LeaveTypeCode): boolean => type !== 'CS';

/** The last day a doctor's letter covers, when this sick leave runs past it (the health board's letter is asked); else null. */
export function healthBoardFrom(draft: LeaveDraft, policy: LeavePolicy, existing: readonly ExistingRequest[]): string | null {
  if (draft.type !== 'CS' || !draft.start || !draft.end || !draft.who) return null;
  return beyondDoctorsLetter({ typeCode: draft.type, start: draft.start, end: draft.end, detail: draft.detail }, draft.who, existing, policy);
}

export function documentFor(draft: LeaveDraft, policy: LeavePolicy): DocumentRequirement {
  if (!draft.type) return 'NONE';
  return requiredDocument({ typeCode: draft.type, days: chargedDays(draft), detail: draft.detail, policy });
}
