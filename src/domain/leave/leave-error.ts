import { AppError, type ErrorParams } from '../app-error';
import { isIsoDay } from '../day';
import { formatDay } from '../format';
import type { Language } from '../language';

/** Every code the leave rules return; each has a text in src/i18n/messages/leave.ts. */
export const LEAVE_ERROR_CODES = [
  'leave.invalid_date',
  'leave.end_before_start',
  'leave.unknown_type',
  'leave.type_not_requestable',
  'leave.type_not_available_for_kind',
  'leave.half_day_not_allowed',
  'leave.no_working_days',
  'leave.start_in_past',
  'leave.sick_backdate_exceeded',
  'leave.notice_too_short',
  'leave.abroad_notice_too_short',
  'leave.service_too_short',
  'leave.pppk_early_reason_required',
  'leave.pppk_early_allowance_exceeded',
  'leave.child_order_required',
  'leave.maternity_use_long_leave',
  'leave.maternity_child_order_exceeded',
  'leave.maternity_female_only',
  'leave.cap_reason_required',
  'leave.cap_reason_invalid',
  'leave.too_long',
  'leave.after_contract_end',
  'leave.travel_days_not_allowed',
  'leave.travel_days_exceeded',
  'leave.overlap',
  'leave.annual_forfeited',
  'leave.balance_unavailable',
  'leave.insufficient_balance',
  'leave.invalid_days',
  'leave.balance_inconsistent',
  'leave.not_pending',
  'leave.change_dates_required',
  'leave.not_approver',
  'leave.own_request',
  'leave.not_cancellable',
  'leave.cancel_after_start',
  'leave.no_approver',
  'leave.policy_invalid',
  'leave.document_missing',
  'leave.defer_official_only',
  'leave.episode_exceeded',
  'leave.sick_episode_exceeded',
  'leave.long_leave_interval',
  'leave.maternity_child_taken',
  'leave.return_not_granted',
  'leave.return_before_start',
  'leave.return_day_outside',
  'leave.convert_not_granted_annual',
  'leave.convert_outside',
  'leave.convert_not_begun',
  'leave.convert_too_late',
  'leave.convert_overlap',
  'leave.convert_letter_required',
] as const;

export type LeaveErrorCode = (typeof LEAVE_ERROR_CODES)[number];

export interface LeaveError {
  readonly code: LeaveErrorCode;
  readonly params: ErrorParams;
}

export function leaveError(code: LeaveErrorCode, params: ErrorParams = {}): LeaveError {
  return { code, params };
}

export function toAppError(error: LeaveError): AppError {
  return new AppError(error.code, error.params);
}

/**
 * Params ready for `translate`: ISO days become "12 Des 2026", half days
 * "2,5" in Indonesian. Day params are ISO strings so the domain stays language-free.
 */
export function leaveErrorParams(error: LeaveError, lang: Language): ErrorParams {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params)) {
    if (typeof value === 'string' && isIsoDay(value)) out[key] = formatDay(value, lang);
    else if (typeof value === 'number' && !Number.isInteger(value) && lang === 'id') out[key] = String(value).replace('.', ',');
    else out[key] = value;
  }
  return out;
}
