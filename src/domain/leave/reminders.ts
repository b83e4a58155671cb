import type { IsoDay } from '../day';
import { addDays } from '../day';
import { type WorkCalendar, workingDaysBetween } from './work-calendar';
import type { LeavePolicy } from './policy';

export type ReminderAction = 'NONE' | 'REMIND' | 'ESCALATE';

export interface ReminderQuery {
  /** The day the step started waiting for its approver. */
  readonly activatedOn: IsoDay;
  readonly today: IsoDay;
  /** Reminders already sent for this step. */
  readonly remindedCount: number;
  readonly escalated: boolean;
  readonly calendar: WorkCalendar;
  readonly policy: Pick<LeavePolicy, 'reminders'>;
}

/** Working days that have passed since activation (the activation day itself not counted). */
export function workingDaysWaited(activatedOn: IsoDay, today: IsoDay, calendar: WorkCalendar): number {
  return workingDaysBetween(addDays(activatedOn, 1), today, calendar);
}

/**
 * What the reminder job does for a waiting step today (*local* thresholds;
 * default: remind after 1 working day, again after 3, escalate after 5).
 * Escalation comes once (0 switches it off); a reminder is due once per
 * threshold passed.
 */
export function reminderDue(q: ReminderQuery): ReminderAction {
  const waited = workingDaysWaited(q.activatedOn, q.today, q.calendar);
  const { remindAfterWorkingDays, escalateAfterWorkingDays } = q.policy.reminders;
  if (!q.escalated && escalateAfterWorkingDays > 0 && waited >= escalateAfterWorkingDays) return 'ESCALATE';
  const passed = remindAfterWorkingDays.filter((threshold) => waited >= threshold).length;
  return passed > q.remindedCount ? 'REMIND' : 'NONE';
}
