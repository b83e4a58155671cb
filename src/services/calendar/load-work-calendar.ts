import { isWorkingDay, type LeavePolicy, type WorkCalendar, workCalendar } from '../../domain/leave';
import { addDays, type IsoDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import { loadLeavePolicy } from '../policy/load-leave-policy';

/**
 * The agency's working days: weekends plus the holidays the policy treats as
 * days off (every row of the Holiday table: a few hundred at most). The one
 * loader for jobs and the admin API; `policy` when the caller has it already.
 */
export async function loadWorkCalendar(tx: Tx, policy?: Pick<LeavePolicy, 'calendar'>): Promise<WorkCalendar> {
  const [holidays, calendarPolicy] = await Promise.all([tx.holiday.findMany({ select: { date: true, kind: true } }), policy ?? loadLeavePolicy(tx)]);
  return workCalendar(holidays, calendarPolicy);
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
