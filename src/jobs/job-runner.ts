import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Database } from '../store/database';
import { isUniqueViolation } from '../store/prisma-errors';
import type { JobContext, JobDefinition, JobResult } from './job-definition';

export type JobRunOutcome =
  | { status: 'DONE'; jobId: string; slot: string; result: JobResult }
  | { status: 'FAILED'; jobId: string; slot: string; error: string }
  /** Another instance or an earlier run has this slot (running or done). */
  | { status: 'SKIPPED'; jobId: string; slot: string };

export interface JobRunnerOptions {
  db: Database;
  clock: Clock;
  wakeOutbox?: () => void;
  logger?: Logger;
  /** A RUNNING row older than this is taken for dead (its process crashed) and may be run again. Default 1 h. */
  staleAfterMs?: number;
}

export interface JobRunner {
  run(job: JobDefinition, slot: string): Promise<JobRunOutcome>;
}

/**
 * Runs a job for a slot at most once across instances: the JobRun row
 * (unique jobId + slot) is inserted first and only the inserter runs. A FAILED
 * slot, or one left RUNNING by a crashed process, can be taken over again.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, clock } = options;
  const staleAfterMs = options.staleAfterMs ?? 3_600_000;
  const ctx: JobContext = { db, clock, wakeOutbox: options.wakeOutbox ?? (() => undefined), logger: options.logger };

  async function claimSlot(jobId: string, slot: string): Promise<number | null> {
    const now = clock.now();
    try {
      const row = await db.prisma.jobRun.create({ data: { jobId, slot, status: 'RUNNING', startedAt: now }, select: { id: true } });
      return row.id;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const stale = new Date(now.getTime() - staleAfterMs);
    const { count } = await db.prisma.jobRun.updateMany({
      where: { jobId, slot, OR: [{ status: 'FAILED' }, { status: 'RUNNING', startedAt: { lt: stale } }] },
      data: { status: 'RUNNING', startedAt: now, finishedAt: null, error: null },
    });
    if (count === 0) return null;
    const row = await db.prisma.jobRun.findUniqueOrThrow({ where: { jobId_slot: { jobId, slot } }, select: { id: true } });
    return row.id;
  }

  return {
    async run(job, slot) {
      const runId = await claimSlot(job.id, slot);
      if (runId === null) return { status: 'SKIPPED', jobId: job.id, slot };
      try {
        const result = await job.run(ctx, slot);
        await db.prisma.jobRun.update({ where: { id: runId }, data: { status: 'DONE', finishedAt: clock.now(), result } });
        options.logger?.info({ job: job.id, slot, result }, 'job done');
        return { status: 'DONE', jobId: job.id, slot, result };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db.prisma.jobRun.update({ where: { id: runId }, data: { status: 'FAILED', finishedAt: clock.now(), error: message.slice(0, 2000) } });
        options.logger?.error({ job: job.id, slot, err: error }, 'job failed');
        return { status: 'FAILED', jobId: job.id, slot, error: message };
      }
    },
  };
}
