import { AppError } from '../domain/app-error';
import type { JobControl } from '../module';
import { isSlotOf, type JobDefinition, slotFor } from './job-definition';
import type { JobRunner } from './job-runner';
import type { Clock } from '../clock';

const SLOT_FORMAT = { day: 'YYYY-MM-DD', year: 'YYYY' } as const;

/** The jobs as the admin API sees them: their list with the next fire times, and "run this one now". */
export function createJobControl(options: {
  jobs: readonly JobDefinition[];
  runner: JobRunner;
  clock: Clock;
  /** The scheduler's next fire times, when it runs in this process. */
  nextRuns?: () => Record<string, Date | null>;
}): JobControl {
  const { jobs, runner, clock } = options;
  const byId = new Map(jobs.map((job) => [job.id, job]));
  return {
    list() {
      const next = options.nextRuns?.() ?? {};
      return jobs.map((job) => ({
        id: job.id,
        description: job.description,
        schedule: job.schedule,
        slotKind: job.slotKind,
        catchUp: job.catchUp,
        nextRun: next[job.id] ?? null,
      }));
    },
    async run(jobId, slot) {
      const job = byId.get(jobId);
      if (!job) throw new AppError('jobs.not_found', { id: jobId });
      const chosen = slot ?? slotFor(job.slotKind, clock.now());
      if (!isSlotOf(job.slotKind, chosen)) throw new AppError('jobs.invalid_slot', { format: SLOT_FORMAT[job.slotKind] });
      return runner.run(job, chosen);
    },
  };
}
