import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger';
import { JOB_TIME_ZONE, type JobDefinition, slotFor } from './job-definition';
import type { JobRunner, JobRunOutcome } from './job-runner';

export interface JobSchedulerOptions {
  jobs: readonly JobDefinition[];
  runner: JobRunner;
  logger?: Logger;
  /** Called after each scheduled run (tests, metrics). */
  onRun?: (outcome: JobRunOutcome) => void;
}

/**
 * Fires each job on its cron schedule in Asia/Jakarta (node-cron) and hands
 * the slot of the scheduled time to the runner, which lets one instance run it.
 */
export function createJobScheduler(options: JobSchedulerOptions) {
  let tasks: ScheduledTask[] = [];

  async function fire(job: JobDefinition, scheduledAt: Date): Promise<void> {
    try {
      const outcome = await options.runner.run(job, slotFor(job.slotKind, scheduledAt));
      options.onRun?.(outcome);
    } catch (error) {
      options.logger?.error({ err: error, job: job.id }, 'job could not be recorded');
    }
  }

  return {
    name: 'job-scheduler',
    async start(): Promise<void> {
      if (tasks.length > 0) return;
      tasks = options.jobs.map((job) =>
        cron.schedule(job.schedule, (context) => fire(job, context.date), {
          name: `sapa:${job.id}`,
          timezone: JOB_TIME_ZONE,
          noOverlap: true,
        }),
      );
    },
    /** No more firing; running jobs get `graceMs` to reach a checkpoint, then are recorded as interrupted. */
    async stop(graceMs = 10_000): Promise<void> {
      await Promise.all(tasks.map((task) => task.destroy()));
      tasks = [];
      await options.runner.stop(graceMs);
    },
    /** The next scheduled time of each job (null when not started). */
    nextRuns(): Record<string, Date | null> {
      return Object.fromEntries(options.jobs.map((job, i) => [job.id, tasks[i]?.getNextRun() ?? null]));
    },
  };
}

export type JobScheduler = ReturnType<typeof createJobScheduler>;
