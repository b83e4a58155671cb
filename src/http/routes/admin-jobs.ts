import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import { isSlotOf, JOB_TIME_ZONE, type JobDefinition, slotFor } from '../../jobs/job-definition';
import type { JobRunner } from '../../jobs/job-runner';
import type { Database } from '../../store/database';
import type { RoutePlugin } from '../build-app';

export interface AdminJobsOptions {
  db: Database;
  clock: Clock;
  jobs: readonly JobDefinition[];
  runner: JobRunner;
  /** The admin API's bearer-token guard (runs on every request of this plugin). */
  authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** The scheduler's next fire times, when it runs in this process. */
  nextRuns?: () => Record<string, Date | null>;
}

const LAST_RUNS = 5;
const SLOT_FORMAT = { day: 'YYYY-MM-DD', year: 'YYYY' } as const;

const paramsSchema = z.object({ id: z.string().min(1).max(64) });
const bodySchema = z.object({ slot: z.string().trim().min(1).max(32).optional() }).strict().optional();

/**
 * Admin endpoints of the scheduled jobs:
 * - GET /admin/jobs: each job's schedule, next run and last runs;
 * - POST /admin/jobs/:id/run: runs a job now for the current slot or `{ slot }`
 *   (200 with the outcome; 409 when that slot has already run or is running).
 */
export function adminJobsRoutes(options: AdminJobsOptions): RoutePlugin {
  const { db, jobs, runner } = options;
  const byId = new Map(jobs.map((job) => [job.id, job]));

  return async function register(app: FastifyInstance): Promise<void> {
    app.addHook('onRequest', options.authenticate);

    app.get('/admin/jobs', async () => {
      const runs = await db.prisma.jobRun.findMany({
        where: { jobId: { in: jobs.map((j) => j.id) } },
        orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        take: LAST_RUNS * jobs.length * 4,
        select: { slot: true, jobId: true, status: true, startedAt: true, finishedAt: true, result: true, error: true },
      });
      const next = options.nextRuns?.() ?? {};
      return {
        timeZone: JOB_TIME_ZONE,
        jobs: jobs.map((job) => ({
          id: job.id,
          description: job.description,
          schedule: job.schedule,
          slotKind: job.slotKind,
          nextRun: next[job.id]?.toISOString() ?? null,
          lastRuns: runs.filter((r) => r.jobId === job.id).slice(0, LAST_RUNS).map(({ jobId: _jobId, ...run }) => run),
        })),
      };
    });

    app.post('/admin/jobs/:id/run', async (request, reply) => {
      const { id } = paramsSchema.parse(request.params);
      const job = byId.get(id);
      if (!job) throw new AppError('jobs.not_found', { id });
      const slot = bodySchema.parse(request.body ?? undefined)?.slot ?? slotFor(job.slotKind, options.clock.now());
      if (!isSlotOf(job.slotKind, slot)) throw new AppError('jobs.invalid_slot', { format: SLOT_FORMAT[job.slotKind] });
      const outcome = await runner.run(job, slot);
      if (outcome.status === 'SKIPPED') {
        return reply.status(409).send({ code: 'jobs.slot_taken', message: translate('en', 'jobs.slot_taken', { job: id, slot }), outcome });
      }
      return outcome;
    });
  };
}
