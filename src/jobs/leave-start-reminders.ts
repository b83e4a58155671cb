import { addDays } from '../domain/day';
import { formatDayRange, formatDays, formatDayWithWeekday } from '../domain/format';
import { isWorkingDay } from '../domain/leave';
import { translate } from '../i18n/translate';
import { type Notice, notifyEmployees } from '../services/notify/notify-employees';
import { loadLeavePolicy } from '../services/policy/load-leave-policy';
import type { JobContext, JobDefinition, JobResult } from './job-definition';
import { loadWorkCalendar, nextWorkingDay } from '../services/calendar/load-work-calendar';

const CHUNK = 1_000;

/**
 * Reminds each employee of approved leave about to start. On a working day it
 * covers every start up to the next working day (Friday's run reminds of
 * Monday's leave); on a day off, only tomorrow's (leave approved late).
 */
async function run(ctx: JobContext, slot: string): Promise<JobResult> {
  const { db } = ctx;
  const policy = await loadLeavePolicy(db.prisma);
  const calendar = await loadWorkCalendar(db.prisma, policy);
  const until = isWorkingDay(slot, calendar) ? nextWorkingDay(slot, calendar) : addDays(slot, 1);
  const requests = await db.prisma.leaveRequest.findMany({
    where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { gt: slot, lte: until }, employee: { active: true } },
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
    ctx.signal?.throwIfAborted();
    reached += (await db.prisma.$transaction((tx) => notifyEmployees(tx, notices.slice(i, i + CHUNK)), { timeout: 60_000 })).length;
  }
  if (reached > 0) ctx.wakeOutbox();
  return { starting: requests.length, reached, until };
}

/** Employee reminders (daily, 15:00): approved leave starting on the next working day. */
export const leaveStartRemindersJob: JobDefinition = {
  id: 'leave-start-reminders',
  schedule: '0 15 * * *',
  slotKind: 'day',
  // Tomorrow's run covers only leave after tomorrow: a missed slot is caught up the same day.
  catchUp: 'same-slot',
  description: 'Remind employees the day before their approved leave starts',
  run,
};
