import type { SendRates } from '../chat/channel-sender';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { STALE_RUN_MS } from '../services/jobs/job-run-health';
import { claimJobRun, endJobRun, interruptJobRuns } from '../services/jobs/job-runs';
import type { Database } from '../store/database';
import type { JobRunReport } from '../module';
import type { JobContext, JobDefinition } from './job-definition';

export type JobRunOutcome = JobRunReport;

export interface JobRunnerOptions {
  db: Database;
  clock: Clock;
  wakeOutbox?: () => void;
  logger?: Logger;
  /** Each channel's send rate, handed to the jobs (the digest's queue drain time). */
  sendRates?: SendRates;
  /** A RUNNING row older than this is taken for dead (its process crashed) and may be run again. Default 1 h. */
  staleAfterMs?: number;
}

export interface JobRunner {
  run(job: JobDefinition, slot: string): Promise<JobRunOutcome>;
  /** The runs going on in this process ("hr-digest 2026-12-07"). */
  running(): string[];
  /**
   * Refuses new runs, asks the running ones to stop at their next checkpoint,
   * waits for them up to `graceMs`, and records any still going as INTERRUPTED.
   */
  stop(graceMs: number): Promise<void>;
}

export const INTERRUPTED_ERROR = 'interrupted: SAPA stopped during the run';

/** Thrown by `run` once the runner is stopping: SAPA starts no new job run on its way out. */
export class JobRunnerStopped extends Error {
  constructor(jobId: string, slot: string) {
    super(`job runner stopped: ${jobId} ${slot} not started`);
    this.name = 'JobRunnerStopped';
  }
}

/**
 * Runs a job for a slot at most once across instances: the JobRun row
 * (unique jobId + slot) is inserted first and only the inserter runs. A FAILED
 * or INTERRUPTED slot, or one left RUNNING by a crashed process, can be taken
 * over again.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, clock } = options;
  const staleAfterMs = options.staleAfterMs ?? STALE_RUN_MS;
  const abort = new AbortController();
  const ctx: JobContext = { db, clock, wakeOutbox: options.wakeOutbox ?? (() => undefined), logger: options.logger, signal: abort.signal, ...(options.sendRates ? { sendRates: options.sendRates } : {}) };
  const inFlight = new Map<number, { name: string; done: Promise<unknown> }>();

  async function execute(job: JobDefinition, slot: string, runId: number): Promise<JobRunOutcome> {
    try {
      const result = await job.run(ctx, slot);
      await endJobRun(db.prisma, runId, { status: 'DONE', result }, clock.now());
      options.logger?.info({ job: job.id, slot, result }, 'job done');
      return { status: 'DONE', jobId: job.id, slot, result };
    } catch (error) {
      if (abort.signal.aborted) {
        await endJobRun(db.prisma, runId, { status: 'INTERRUPTED', error: INTERRUPTED_ERROR }, clock.now());
        options.logger?.warn({ job: job.id, slot }, 'job interrupted by shutdown');
        return { status: 'INTERRUPTED', jobId: job.id, slot };
      }
      const message = error instanceof Error ? error.message : String(error);
      await endJobRun(db.prisma, runId, { status: 'FAILED', error: message }, clock.now());
      options.logger?.error({ job: job.id, slot, err: error }, 'job failed');
      return { status: 'FAILED', jobId: job.id, slot, error: message };
    }
  }

  return {
    async run(job, slot) {
      if (abort.signal.aborted) throw new JobRunnerStopped(job.id, slot);
      const now = clock.now();
      const runId = await claimJobRun(db.prisma, job.id, slot, now, new Date(now.getTime() - staleAfterMs));
      if (runId === null) return { status: 'SKIPPED', jobId: job.id, slot };
      const done = execute(job, slot, runId);
      inFlight.set(runId, { name: `${job.id} ${slot}`, done: done.catch(() => undefined) });
      try {
        return await done;
      } finally {
        inFlight.delete(runId);
      }
    },
    running: () => [...inFlight.values()].map((r) => r.name),
    async stop(graceMs) {
      abort.abort();
      if (inFlight.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.all([...inFlight.values()].map((r) => r.done)), gaveUp]);
      clearTimeout(timer);
      const left = [...inFlight.keys()];
      if (left.length === 0) return;
      options.logger?.warn({ jobs: [...inFlight.values()].map((r) => r.name) }, 'jobs still running at the shutdown deadline: recorded as interrupted');
      await interruptJobRuns(db.prisma, left, INTERRUPTED_ERROR, clock.now());
    },
  };
}
