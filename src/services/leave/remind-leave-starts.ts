import { addDays } from '../../domain/day';
import { formatDayRange, formatDays, formatDayWithWeekday } from '../../domain/format';
import { isWorkingDay } from '../../domain/leave';
import { translate } from '../../i18n/translate';
import type { Database } from '../../store/database';
import { loadWorkCalendar, nextWorkingDay } from '../calendar/load-work-calendar';
import { type Notice, notifyEmployees } from '../notify/notify-employees';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import type { ScheduledRun } from '../scheduled-run';

const CHUNK = 1_000;

export type LeaveStartRemindersResult = { starting: number; reached: number; until: string };

/**
 * Reminds each employee of approved leave about to start after `day`. On a
 * working day it covers every start up to the next working day (Friday's run
 * reminds of Monday's leave); on a day off, only tomorrow's (leave approved
 * late). Once per request and start date (dedupe key).
 */
export async function remindLeaveStarts(db: Database, day: string, run: ScheduledRun): Promise<LeaveStartRemindersResult> {
  const policy = await loadLeavePolicy(db.prisma);
  const calendar = await loadWorkCalendar(db.prisma, policy);
  const until = isWorkingDay(day, calendar) ? nextWorkingDay(day, calendar) : addDays(day, 1);
  const requests = await db.prisma.leaveRequest.findMany({
    where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { gt: day, lte: until }, employee: { active: true } },
    select: { id: true, employeeId: true, typeCode: true, startDate: true, endDate: true, days: true },
    orderBy: { id: 'asc' },
  });
  const notices: Notice[] = requests.map((r) => ({
    employeeId: r.employeeId,
    prefer: 'WHATSAPP', purpose: 'reminder',
    dedupeKey: `jobs.leave-starts:${r.id}:${r.startDate}`,
    build: (lang) => [
      {
        kind: 'text',
        text: translate(lang, 'jobs.leave_starts', {
          type: translate(lang, `leave.type.${r.typeCode}`),
          start: formatDayWithWeekday(r.startDate, lang),
          dates: formatDayRange(r.startDate, r.endDate, lang),
          days: formatDays(r.days, lang),
        }),
      },
    ],
  }));
  let reached = 0;
  for (let i = 0; i < notices.length; i += CHUNK) {
    run.signal?.throwIfAborted();
    reached += (await db.prisma.$transaction((tx) => notifyEmployees(tx, notices.slice(i, i + CHUNK)), { timeout: 60_000 })).length;
  }
  if (reached > 0) run.wakeOutbox();
  return { starting: requests.length, reached, until };
}
