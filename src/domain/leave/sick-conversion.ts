import { compareDays, daysBetween, type IsoDay } from '../day';
import { type CountInput, splitDaysByYear, type YearDays } from './count-leave-days';
import { type LeaveError, leaveError } from './leave-error';
import type { LeaveStatus } from './types';

/** A run of days, both ends included. */
export interface DaySpan {
  readonly start: IsoDay;
  readonly end: IsoDay;
}

export type SickConversionPlan = { readonly ok: true } | { readonly ok: false; readonly error: LeaveError };

/**
 * The employee fell ill during granted cuti tahunan: the sick days become a
 * sick leave and stop counting as annual leave. Only granted CT (APPROVED or
 * CHANGED); the sick days lie within the leave, have begun by today, do not
 * repeat days already converted, and are reported at most `backdateDays`
 * (the policy's sick-leave backdating) after the last of them.
 */
export function planSickConversion(
  annual: { readonly typeCode: string; readonly status: LeaveStatus; readonly start: IsoDay; readonly end: IsoDay; readonly converted: readonly DaySpan[] },
  sick: DaySpan,
  today: IsoDay,
  backdateDays: number,
): SickConversionPlan {
  if (annual.typeCode !== 'CT' || (annual.status !== 'APPROVED' && annual.status !== 'CHANGED')) {
    return { ok: false, error: leaveError('leave.convert_not_granted_annual', { status: annual.status }) };
  }
  if (compareDays(sick.end, sick.start) < 0) return { ok: false, error: leaveError('leave.end_before_start') };
  if (compareDays(sick.start, annual.start) < 0 || compareDays(sick.end, annual.end) > 0) {
    return { ok: false, error: leaveError('leave.convert_outside', { start: annual.start, end: annual.end }) };
  }
  if (compareDays(sick.start, today) > 0) return { ok: false, error: leaveError('leave.convert_not_begun', { start: sick.start }) };
  if (compareDays(sick.end, today) < 0 && daysBetween(sick.end, today) > backdateDays) {
    return { ok: false, error: leaveError('leave.convert_too_late', { days: backdateDays }) };
  }
  const clash = annual.converted.find((c) => compareDays(c.start, sick.end) <= 0 && compareDays(sick.start, c.end) <= 0);
  if (clash) return { ok: false, error: leaveError('leave.convert_overlap', { start: clash.start, end: clash.end }) };
  return { ok: true };
}

/**
 * The CT days a period still charges per year once the days sick leave took
 * over are left out: the period's split less each converted span's (clipped to
 * the period). Working days add up over disjoint spans, so this is exact.
 */
export function annualDaysLeft(input: CountInput, converted: readonly DaySpan[]): YearDays[] {
  const parts = splitDaysByYear(input).map((p) => ({ ...p }));
  for (const span of converted) {
    const start = compareDays(span.start, input.start) > 0 ? span.start : input.start;
    const end = compareDays(span.end, input.end) < 0 ? span.end : input.end;
    if (compareDays(end, start) < 0) continue;
    for (const part of splitDaysByYear({ ...input, start, end })) {
      const target = parts.find((p) => p.year === part.year);
      if (target) target.days = Math.max(0, target.days - part.days);
    }
  }
  return parts;
}
