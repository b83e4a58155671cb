import { addDays, type IsoDay, jakartaDay } from '../day';
import { workingDaysWaited } from './reminders';
import type { WorkCalendar } from './work-calendar';

/** Working days a step has waited since it was activated (its activation day not counted). */
export function waitedWorkingDays(activatedAt: Date, today: IsoDay, calendar: WorkCalendar): number {
  return workingDaysWaited(jakartaDay(activatedAt), today, calendar);
}

/**
 * The instant a step must have been activated before to have waited more
 * than `days` working days by `today`: the start (Asia/Jakarta) of the day
 * after the latest such activation day. Waiting only grows the earlier a step
 * was activated, so "activatedAt < this" is exactly "overdue", and a query
 * can say it without listing the overdue requests (at most a year back).
 */
export function overdueActivatedBefore(today: IsoDay, days: number, calendar: WorkCalendar): Date {
  let day = addDays(today, -days);
  for (let i = 0; i < 366 && workingDaysWaited(day, today, calendar) <= days; i += 1) day = addDays(day, -1);
  return new Date(`${addDays(day, 1)}T00:00:00+07:00`);
}
