import { formatDays } from '../../domain/format';
import type { Language } from '../../domain/language';
import type { LeaveTypeRule } from '../../domain/leave';
import type { Translator } from './translator';

/** "3 hari kerja" for working-day types, "14 hari kalender" for calendar ones, "0,5 hari kerja" for a half day. */
export function renderLeaveDays(days: number, unit: LeaveTypeRule['unit'] | null, t: Translator, lang: Language): string {
  return t(unit ? `leave_flow.days.${unit}` : 'leave_flow.days.plain', { days: formatDays(days, lang) });
}
