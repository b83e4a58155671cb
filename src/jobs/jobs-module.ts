import { retentionPolicyOf } from '../config';
import type { JobControl, MetricsRecorder, Module, ServiceContext } from '../module';
import { allJobs } from './all-jobs';
import { catchUpMissedSlots } from './catch-up';
import { createJobControl } from './job-control';
import { createJobRunner, type JobRunner } from './job-runner';
import { createJobScheduler } from './job-scheduler';

/** The runner with each run's outcome counted for /metrics (scheduled, caught up or run from the admin API alike). */
function countedRuns(runner: JobRunner, metrics: MetricsRecorder | undefined): JobRunner {
  if (!metrics) return runner;
  return {
    ...runner,
    run: async (job, slot) => {
      const outcome = await runner.run(job, slot);
      metrics.jobRun(job.id, outcome.status);
      return outcome;
    },
  };
}

/**
 * Scheduled jobs as a SAPA module: the node-cron scheduler and the catch-up of
 * missed slots when JOBS_ENABLED, and always the control the admin API uses
 * to list them and run one now (src/modules.ts hands it over).
 */
export function jobsModule(ctx: ServiceContext): Module & { control: JobControl } {
  const jobs = allJobs({ retention: retentionPolicyOf(ctx.config) });
  const runner = countedRuns(createJobRunner({ db: ctx.db, clock: ctx.clock, wakeOutbox: () => ctx.wakeOutbox(), logger: ctx.logger, ...(ctx.sendRates ? { sendRates: ctx.sendRates } : {}) }), ctx.metrics);
  const scheduler = createJobScheduler({ jobs, runner, logger: ctx.logger });
  return {
    control: createJobControl({ jobs, runner, clock: ctx.clock, ...(ctx.config.JOBS_ENABLED ? { nextRuns: () => scheduler.nextRuns() } : {}) }),
    services: [
      {
        name: 'jobs',
        async start() {
          if (!ctx.config.JOBS_ENABLED) return;
          await scheduler.start();
          // In the background: start-up does not wait for a digest or a rollover.
          catchUpMissedSlots({ jobs, runner, db: ctx.db, clock: ctx.clock, logger: ctx.logger }).catch((err: unknown) =>
            ctx.logger.error({ err }, 'job catch-up failed'),
          );
        },
        // Always stopped with SAPA: a job run from the admin API is interrupted cleanly too.
        stop: (graceMs) => scheduler.stop(graceMs),
      },
    ],
  };
}
