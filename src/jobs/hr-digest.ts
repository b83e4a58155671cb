import { isWorkingDay } from '../domain/leave';
import { buildDigest, digestMessages } from '../services/digest';
import { notifyEmployees } from '../services/notify/notify-employees';
import { loadLeavePolicy } from '../services/policy/load-leave-policy';
import type { JobContext, JobDefinition, JobResult } from './job-definition';
import { loadWorkCalendar } from '../services/calendar/load-work-calendar';

async function run(ctx: JobContext, slot: string): Promise<JobResult> {
  const { db } = ctx;
  const policy = await loadLeavePolicy(db.prisma);
  if (!isWorkingDay(slot, await loadWorkCalendar(db.prisma, policy))) return { skipped: 'not a working day' };
  const officers = await db.prisma.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
  if (officers.length === 0) return { officers: 0, reached: 0 };
  const digest = await buildDigest(db.prisma, slot, ctx.clock.now());
  ctx.signal?.throwIfAborted();
  const reached = await db.prisma.$transaction((tx) =>
    notifyEmployees(
      tx,
      officers.map((o) => ({ employeeId: o.id, prefer: 'TELEGRAM', purpose: 'digest', dedupeKey: `jobs.digest:${slot}`, build: (lang) => digestMessages(digest, lang) })),
    ),
  );
  if (reached.length > 0) ctx.wakeOutbox();
  return {
    officers: officers.length,
    reached: reached.length,
    onLeaveToday: digest.onLeaveToday.length,
    overdue: digest.overdue.length,
    deadLetters: digest.deadLetters.total,
  };
}

/** HR daily digest (working days, 07:00) to every HR officer, on Telegram when they have it. */
export const hrDigestJob: JobDefinition = {
  id: 'hr-digest',
  schedule: '0 7 * * 1-5',
  slotKind: 'day',
  catchUp: 'same-slot',
  description: 'Daily digest for HR officers: absences, requests, overdue approvals, delivery problems',
  run,
};
