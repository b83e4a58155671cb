import { addDays, type IsoDay, jakartaDay } from '../../domain/day';
import { type WorkCalendar, workCalendar, workingDaysWaited } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadLeavePolicy } from '../policy/load-leave-policy';

/** The agency's working days around `today` (last year to next year), for counting how long steps waited. */
export async function loadWorkCalendar(tx: Tx, today: IsoDay): Promise<WorkCalendar> {
  const year = Number(today.slice(0, 4));
  const policy = await loadLeavePolicy(tx);
  const holidays = await tx.holiday.findMany({
    where: { date: { gte: `${year - 1}-01-01`, lte: `${year + 1}-12-31` } },
    select: { date: true, kind: true },
  });
  return workCalendar(holidays, policy);
}

/** Working days a step has waited since it was activated (its activation day not counted). */
export function waitedWorkingDays(activatedAt: Date, today: IsoDay, calendar: WorkCalendar): number {
  return workingDaysWaited(jakartaDay(activatedAt), today, calendar);
}

/** The earliest activation instant that cannot yet have waited more than `days` working days: a cheap pre-filter. */
export function overdueCandidateBefore(today: IsoDay, days: number): Date {
  return new Date(`${addDays(today, -days)}T00:00:00+07:00`);
}
