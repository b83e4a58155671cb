import { isWorkingDay, type LeavePolicy, type WorkCalendar, workCalendar } from '../domain/leave';
import { addDays, type IsoDay } from '../domain/day';
import type { Tx } from '../store/database';

/** Weekends plus the holidays the policy treats as days off (every row of the Holiday table: a few hundred at most). */
export async function loadWorkCalendar(tx: Tx, policy: Pick<LeavePolicy, 'calendar'>): Promise<WorkCalendar> {
  const holidays = await tx.holiday.findMany({ select: { date: true, kind: true } });
  return workCalendar(holidays, policy);
}

/** The working day after `day` (searching ahead at most a month). */
export function nextWorkingDay(day: IsoDay, calendar: WorkCalendar): IsoDay {
  let current = addDays(day, 1);
  for (let i = 0; i < 31 && !isWorkingDay(current, calendar); i += 1) current = addDays(current, 1);
  return current;
}

/** The first working day of the month of `day`. */
export function firstWorkingDayOfMonth(day: IsoDay, calendar: WorkCalendar): IsoDay {
  let current = `${day.slice(0, 7)}-01`;
  while (!isWorkingDay(current, calendar) && current.slice(0, 7) === day.slice(0, 7)) current = addDays(current, 1);
  return current;
}
