import { createAuthenticate } from '../http/admin/authenticate';
import { adminJobsRoutes } from '../http/routes/admin-jobs';
import type { ModuleFactory } from '../module';
import { allJobs } from './all-jobs';
import { createJobRunner } from './job-runner';
import { createJobScheduler } from './job-scheduler';

/**
 * Scheduled jobs as a SAPA module: the node-cron scheduler when JOBS_ENABLED,
 * and always the admin endpoints to see them and run one now (bearer token).
 */
export const jobsModule: ModuleFactory = (ctx) => {
  const jobs = allJobs();
  const runner = createJobRunner({ db: ctx.db, clock: ctx.clock, wakeOutbox: () => ctx.wakeOutbox(), logger: ctx.logger });
  const scheduler = createJobScheduler({ jobs, runner, logger: ctx.logger });
  return {
    routes: [
      adminJobsRoutes({
        db: ctx.db,
        clock: ctx.clock,
        jobs,
        runner,
        authenticate: createAuthenticate({ db: ctx.db, clock: ctx.clock }),
        ...(ctx.config.JOBS_ENABLED ? { nextRuns: () => scheduler.nextRuns() } : {}),
      }),
    ],
    // Always stopped with SAPA: a job run from the admin API is interrupted cleanly too.
    services: [{ name: 'jobs', start: () => (ctx.config.JOBS_ENABLED ? scheduler.start() : Promise.resolve()), stop: (graceMs) => scheduler.stop(graceMs) }],
  };
};
