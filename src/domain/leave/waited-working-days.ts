import { addDays, type IsoDay, jakartaDay } from '../day';
import { workingDaysWaited } from './reminders';
import type { WorkCalendar } from './work-calendar';

/** Working days a step has waited since it was activated (its activation day not counted). */
export function waitedWorkingDays(activatedAt: Date, today: IsoDay, calendar: WorkCalendar): number {
  return workingDaysWaited(jakartaDay(activatedAt), today, calendar);
}

/** The earliest activation instant that cannot yet have waited more than `days` working days: a cheap pre-filter. */
export function overdueCandidateBefore(today: IsoDay, days: number): Date {
  return new Date(`${addDays(today, -days)}T00:00:00+07:00`);
}
