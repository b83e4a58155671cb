import type { LeavePolicy } from './policy';
import type { LeaveDetail } from './request';
import type { LeaveTypeCode } from './types';

export const DOCUMENT_REQUIREMENTS = [
  'NONE',
  'DOCTOR',
  'GOVERNMENT_DOCTOR',
  'HEALTH_BOARD',
  'SUPPORTING_LETTER',
] as const;
export type DocumentRequirement = (typeof DOCUMENT_REQUIREMENTS)[number];

export interface DocumentQuery {
  readonly typeCode: LeaveTypeCode;
  readonly days: number;
  readonly detail: LeaveDetail;
  readonly policy: LeavePolicy;
}

/**
 * The document a request needs before anyone may approve it. CS: nothing for
 * 1 day (the supervisor is told), a doctor's letter over 1 day, a government
 * doctor's letter over 14 days, the health board's letter for an extension
 * past the limit. CM and CAP: a supporting letter where the agency asks for it.
 */
/** The only types whose rules may ask for a document (requiredDocument): lists of incomplete requests look at these alone. */
export const TYPES_WITH_DOCUMENTS = ['CS', 'CM', 'CAP'] as const satisfies readonly LeaveTypeCode[];

export function requiredDocument({ typeCode, days, detail, policy }: DocumentQuery): DocumentRequirement {
  if (typeCode === 'CS') {
    if (detail.healthBoardLetter) return 'HEALTH_BOARD';
    if (days > policy.sick.governmentDoctorOverDays) return 'GOVERNMENT_DOCTOR';
    if (days > policy.sick.doctorLetterOverDays) return 'DOCTOR';
    return 'NONE';
  }
  if (typeCode === 'CM' && policy.maternity.supportingLetter) return 'SUPPORTING_LETTER';
  if (typeCode === 'CAP' && policy.importantReasons.supportingLetter) return 'SUPPORTING_LETTER';
  return 'NONE';
}

/**
 * The required document still missing, or null: a request is incomplete while
 * its rules ask for a document and none is attached. It cannot be approved at
 * any step until the employee sends one (applyDecision).
 */
export function missingDocument(required: DocumentRequirement, attached: number): DocumentRequirement | null {
  return required !== 'NONE' && attached === 0 ? required : null;
}
