import type { FormLeaveType } from './leave-paper-document';

/**
 * The conditions each type's Surat Izin Cuti states, in the annex's order
 * (catalogue keys under 'paperwork.letter.condition.').
 */
export const LETTER_CONDITIONS: Record<FormLeaveType, readonly string[]> = {
  CT: ['handover', 'report_back'],
  CB: ['handover', 'no_position_allowance', 'report_back'],
  CS: ['handover', 'report_back'],
  CM: ['handover', 'birth_date', 'report_back'],
  CAP: ['handover', 'report_back'],
  CLTN: ['cltn_position', 'cltn_service', 'cltn_report'],
};
