import type { SendRates } from '../chat/channel-sender';
import type { Clock } from '../clock';
import { jakartaDay, TIME_ZONE } from '../domain/day';
import type { Logger } from '../logger';
import type { ScheduledRun, SystemActor } from '../services/scheduled-run';
import type { Database } from '../store/database';

/** What a slot names: the Jakarta day a daily job covers, or the year a yearly one opens. */
export type SlotKind = 'day' | 'year';

/**
 * What SAPA does at start about a slot whose scheduled time passed while it
 * was down (no run of the slot recorded, or only a failed, interrupted or
 * stale one):
 * - 'same-slot': runs it, while its slot is still the current one: a daily
 *   job the same Jakarta day (a digest of yesterday is not worth sending), a
 *   yearly job the same year (the rollover always catches up);
 * - 'next-slot': leaves it: the next scheduled run covers what it would have
 *   done (reminders count waiting days again each time).
 */
export type CatchUp = 'same-slot' | 'next-slot';

/** Plain JSON a run reports (counts, a reason for skipping). Stored in JobRun.result. */
export type JobResult = Readonly<Record<string, string | number | boolean | null>>;

export interface JobContext {
  db: Database;
  clock: Clock;
  /** Call after committing outbox rows: the worker sends them now instead of at its next poll. */
  wakeOutbox(): void;
  logger?: Logger;
  /** Each channel's send rate (the same map the admin API's outbox queue reads): queue sizes become drain times. */
  sendRates?: SendRates;
  /**
   * Aborted when SAPA stops. A job that works in chunks checks it between
   * chunks (`signal?.throwIfAborted()`): what it committed stays, and the run
   * is recorded INTERRUPTED for a later run of the slot to finish.
   */
  signal?: AbortSignal;
}

/**
 * A scheduled job: a cron schedule in Asia/Jakarta and a handler that is safe to
 * run twice for the same slot (the runner records each slot once; the handler
 * still uses dedupe keys and conditional updates) and bounded per run.
 */
export interface JobDefinition {
  readonly id: string;
  /** node-cron expression (5 or 6 fields), read in Asia/Jakarta. */
  readonly schedule: string;
  readonly slotKind: SlotKind;
  readonly catchUp: CatchUp;
  readonly description: string;
  run(ctx: JobContext, slot: string): Promise<JobResult>;
}

/** The cron schedules' time zone. */
export const JOB_TIME_ZONE = TIME_ZONE;

/** The slot a run at `instant` belongs to. */
export function slotFor(kind: SlotKind, instant: Date): string {
  const day = jakartaDay(instant);
  return kind === 'year' ? day.slice(0, 4) : day;
}

const SLOT_PATTERNS: Record<SlotKind, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, year: /^\d{4}$/ };

export function isSlotOf(kind: SlotKind, slot: string): boolean {
  return SLOT_PATTERNS[kind].test(slot);
}

/** Who every scheduled job acts as in the audit log. */
export const JOBS_ACTOR: SystemActor = { type: 'SYSTEM', name: 'jobs' };

/** What a job hands the service it wraps: the clock, the jobs' actor, the stop signal and the outbox's wake-up. */
export function scheduledRun(ctx: JobContext): ScheduledRun {
  return { clock: ctx.clock, actor: JOBS_ACTOR, ...(ctx.signal ? { signal: ctx.signal } : {}), wakeOutbox: () => ctx.wakeOutbox() };
}
