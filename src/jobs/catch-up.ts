import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { firstJobRunStart } from '../services/jobs/job-runs';
import type { Database } from '../store/database';
import { type JobDefinition, slotFor } from './job-definition';
import { type JobRunner, JobRunnerStopped, type JobRunOutcome } from './job-runner';
import { lastFireInSlot } from './last-fire-in-slot';

export interface CatchUpOptions {
  jobs: readonly JobDefinition[];
  runner: JobRunner;
  db: Database;
  clock: Clock;
  logger?: Logger;
}

/**
 * At start: each job whose rule is 'same-slot' and whose schedule already
 * fired in the current slot gets that slot run, once (the runner skips a slot
 * done or running elsewhere, and takes over a failed, interrupted or stale
 * one). Only for a time after SAPA's first recorded job run: a fresh install
 * does not replay what happened before it existed (a rollover over imported
 * balances, a digest before anyone was set up).
 */
export async function catchUpMissedSlots(options: CatchUpOptions): Promise<JobRunOutcome[]> {
  const { jobs, runner, db, clock } = options;
  const now = clock.now();
  const first = await firstJobRunStart(db.prisma);
  if (!first) return [];
  const outcomes: JobRunOutcome[] = [];
  for (const job of jobs) {
    if (job.catchUp !== 'same-slot') continue;
    const fired = lastFireInSlot(job.schedule, job.slotKind, now);
    if (!fired || fired < first) continue;
    let outcome: JobRunOutcome;
    try {
      outcome = await runner.run(job, slotFor(job.slotKind, fired));
    } catch (error) {
      // SAPA is stopping: the rest waits for the next start.
      if (error instanceof JobRunnerStopped) break;
      throw error;
    }
    if (outcome.status !== 'SKIPPED') options.logger?.info({ job: job.id, slot: outcome.slot, status: outcome.status, missedAt: fired }, 'job caught up at start');
    outcomes.push(outcome);
  }
  return outcomes;
}
