import type { SendRates } from '../../chat/channel-sender';
import { isWorkingDay } from '../../domain/leave';
import type { Database } from '../../store/database';
import { loadWorkCalendar } from '../calendar/load-work-calendar';
import { notifyEmployees } from '../notify/notify-employees';
import { loadLeavePolicy } from '../policy/load-leave-policy';
import type { ScheduledRun } from '../scheduled-run';
import { buildDigest } from './build-digest';
import { digestMessages } from './digest-messages';

export type HrDigestResult =
  | { skipped: string }
  | { officers: number; reached: number }
  | { officers: number; reached: number; onLeaveToday: number; overdue: number; deadLetters: number };

/**
 * The HR digest of working day `day` (buildDigest) to every active HR
 * officer, on Telegram when they have it; once per officer and day (dedupe
 * key). A day off is skipped. `rates` (each channel's send rate) turn the
 * send queue into its drain time.
 */
export async function sendHrDigest(db: Database, day: string, run: ScheduledRun, rates?: SendRates): Promise<HrDigestResult> {
  const policy = await loadLeavePolicy(db.prisma);
  if (!isWorkingDay(day, await loadWorkCalendar(db.prisma, policy))) return { skipped: 'not a working day' };
  const officers = await db.prisma.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
  if (officers.length === 0) return { officers: 0, reached: 0 };
  const digest = await buildDigest(db.prisma, day, run.clock.now(), rates);
  run.signal?.throwIfAborted();
  const reached = await db.prisma.$transaction((tx) =>
    notifyEmployees(
      tx,
      officers.map((o) => ({ employeeId: o.id, prefer: 'TELEGRAM', purpose: 'digest', dedupeKey: `jobs.digest:${day}`, build: (lang) => digestMessages(digest, lang) })),
    ),
  );
  if (reached.length > 0) run.wakeOutbox();
  return {
    officers: officers.length,
    reached: reached.length,
    onLeaveToday: digest.onLeaveToday.length,
    overdue: digest.overdue.length,
    deadLetters: digest.deadLetters.total,
  };
}
