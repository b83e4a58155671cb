import { type ExistingRequest, halfDayApplies, type LeaveDetail, type LeavePolicy, type LeaveTypeCode } from '../../src/domain/leave';
import { asksAbroad, documentFor, earlyAnniversary, healthBoardFrom, noticeShort } from './draft-checks';
import { type LeaveDraft } from './leave-draft';
import { type LeaveStepId } from './leave-step';

/** The questions in the order nextLeaveStep asks them. */
const QUESTIONS = [
  'type', 'dates', 'abroad', 'emergency', 'half_day', 'early_reason', 'travel_days', 'cap_reason', 'child_order', 'first_hajj', 'sick_kind',
  'health_board', 'reason', 'address', 'phone', 'document', 'summary',
] as const;

/**
 * Questions a draft may still lack at any later step: one begun before they
 * were asked, or filled from one message, has no answer to them yet.
 */
const LATE_QUESTIONS = ['abroad', 'travel_days', 'health_board', 'phone'] as const;

/** Where an answer to `step` may lead: the first open question after it, or one of LATE_QUESTIONS before it (the flow's graph). */
export const questionsAfter = (step: (typeof QUESTIONS)[number]) => {
  const after = QUESTIONS.slice(QUESTIONS.indexOf(step) + 1);
  const late = LATE_QUESTIONS.filter((q) => q !== step && !after.includes(q) && QUESTIONS.indexOf(step) > QUESTIONS.indexOf('dates'));
  return [...late, ...after];
};

/** The question each type adds, and when it counts as answered. */
const TYPE_DETAIL: Partial<Record<LeaveTypeCode, { step: Exclude<LeaveStepId, 'refused'>; answered: (d: LeaveDetail) => boolean }>> = {
  CAP: { step: 'cap_reason', answered: (d) => d.capReason !== undefined },
  CM: { step: 'child_order', answered: (d) => d.childOrder !== undefined },
  CB: { step: 'first_hajj', answered: (d) => d.firstHajj !== undefined },
  CS: { step: 'sick_kind', answered: (d) => d.sickKind !== undefined },
};

/** What the questions need to know of the employee beyond the draft (the turn service leave.requester). */
export interface RequesterFacts {
  /** The employee or their unit is hard to reach (*local*): CT asks for travel days. */
  hardToReach: boolean;
  /** Their requests holding days: does sick leave continue earlier sick leave past what a doctor's letter covers? */
  existing: readonly ExistingRequest[];
  /** The phone on record: kept as the phone during leave unless changed on the summary; without one the phone is asked. */
  phone: string | null;
}

const NOBODY: RequesterFacts = { hardToReach: false, existing: [], phone: null };

/** The first question the draft has no answer to yet; the summary once everything is there. */
export function nextLeaveStep(draft: LeaveDraft, policy: LeavePolicy, today: string, requester: RequesterFacts = NOBODY): Exclude<LeaveStepId, 'refused'> {
  if (!draft.type) return 'type';
  if (!draft.start || !draft.end || draft.fullDays === undefined) return 'dates';
  if (asksAbroad(draft.type) && draft.detail.abroad === undefined) return 'abroad';
  if (noticeShort(draft, policy, today) && draft.detail.emergency === undefined && policy.types[draft.type].emergencyOverride) return 'emergency';
  if (halfDayApplies({ typeCode: draft.type, start: draft.start, end: draft.end }, policy) && !draft.halfDay) return 'half_day';
  if (earlyAnniversary(draft, policy) && !draft.detail.earlyReason) return 'early_reason';
  if (draft.type === 'CT' && requester.hardToReach && draft.detail.travelDays === undefined) return 'travel_days';
  const detail = TYPE_DETAIL[draft.type];
  if (detail && !detail.answered(draft.detail)) return detail.step;
  if (draft.detail.healthBoardLetter === undefined && healthBoardFrom(draft, policy, requester.existing)) return 'health_board';
  if (draft.reason === undefined) return 'reason';
  if (draft.address === undefined) return 'address';
  if (draft.phone === undefined && !requester.phone) return 'phone';
  if (documentFor(draft, policy) !== 'NONE' && draft.documentIds.length === 0 && !draft.documentLater) return 'document';
  return 'summary';
}
