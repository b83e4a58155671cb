import { compareDays, daysBetween } from '../../src/domain/day';
import {
  type DocumentRequirement,
  halfDayApplies,
  type LeaveDetail,
  type LeavePolicy,
  type LeaveTypeCode,
  requiredDocument,
  serviceAnniversary,
} from '../../src/domain/leave';
import { chargedDays, type LeaveDraft, type LeaveStepId } from './leave-draft';


/** The questions in the order nextLeaveStep asks them. */
const QUESTIONS = ['type', 'dates', 'emergency', 'half_day', 'early_reason', 'cap_reason', 'child_order', 'first_hajj', 'sick_kind', 'reason', 'address', 'document', 'summary'] as const;

/** Where an answer to `step` may lead: the first open question after it (the flow's graph). */
export const questionsAfter = (step: (typeof QUESTIONS)[number]) => QUESTIONS.slice(QUESTIONS.indexOf(step) + 1);

/** The question each type adds, and when it counts as answered. */
const TYPE_DETAIL: Partial<Record<LeaveTypeCode, { step: Exclude<LeaveStepId, 'refused'>; answered: (d: LeaveDetail) => boolean }>> = {
  CAP: { step: 'cap_reason', answered: (d) => d.capReason !== undefined },
  CM: { step: 'child_order', answered: (d) => d.childOrder !== undefined },
  CB: { step: 'first_hajj', answered: (d) => d.firstHajj !== undefined },
  CS: { step: 'sick_kind', answered: (d) => d.sickKind !== undefined },
};

/** A PPPK's CT before one year of service needs one of the listed reasons. */
export function earlyAnniversary(draft: LeaveDraft, policy: LeavePolicy): string | null {
  if (draft.type !== 'CT' || draft.who?.kind !== 'PPPK' || !draft.start) return null;
  const anniversary = serviceAnniversary(draft.who.serviceStart, policy.types.CT.minServiceYears);
  return compareDays(draft.start, anniversary) < 0 ? anniversary : null;
}

/** Fewer days ahead than the type's notice: only an emergency (where the policy allows one) lifts it. */
export function noticeShort(draft: LeaveDraft, policy: LeavePolicy, today: string): boolean {
  if (!draft.type || !draft.start || compareDays(draft.start, today) < 0) return false;
  return daysBetween(today, draft.start) < policy.types[draft.type].noticeDays;
}

export function documentFor(draft: LeaveDraft, policy: LeavePolicy): DocumentRequirement {
  if (!draft.type) return 'NONE';
  return requiredDocument({ typeCode: draft.type, days: chargedDays(draft), detail: draft.detail, policy });
}

/** The first question the draft has no answer to yet; the summary once everything is there. */
export function nextLeaveStep(draft: LeaveDraft, policy: LeavePolicy, today: string): Exclude<LeaveStepId, 'refused'> {
  if (!draft.type) return 'type';
  if (!draft.start || !draft.end || draft.fullDays === undefined) return 'dates';
  if (noticeShort(draft, policy, today) && draft.detail.emergency === undefined) return 'emergency';
  if (halfDayApplies({ typeCode: draft.type, start: draft.start, end: draft.end }, policy) && !draft.halfDay) return 'half_day';
  if (earlyAnniversary(draft, policy) && !draft.detail.earlyReason) return 'early_reason';
  const detail = TYPE_DETAIL[draft.type];
  if (detail && !detail.answered(draft.detail)) return detail.step;
  if (draft.reason === undefined) return 'reason';
  if (draft.address === undefined) return 'address';
  if (documentFor(draft, policy) !== 'NONE' && draft.documentIds.length === 0) return 'document';
  return 'summary';
}
