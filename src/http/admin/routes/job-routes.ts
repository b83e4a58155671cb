import { z } from 'zod';
import type { JobControl } from '../../../module';
import { translate } from '../../../i18n/translate';
import { listJobRuns } from '../../../services/jobs/list-job-runs';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';

const LAST_RUNS = 5;

const problem = z.enum(['FAILED', 'INTERRUPTED', 'STALE']).nullable();
const runView = z.object({
  slot: z.string(),
  status: z.enum(['RUNNING', 'DONE', 'FAILED', 'INTERRUPTED']),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  result: z.unknown(),
  error: z.string().nullable(),
  problem,
});
const jobView = z.object({
  id: z.string(),
  description: z.string(),
  schedule: z.string(),
  slotKind: z.enum(['day', 'year']),
  catchUp: z.enum(['same-slot', 'next-slot']),
  nextRun: z.date().nullable(),
  /** The problem of the newest run: what needs a look now. */
  problem,
  lastRuns: z.array(runView),
});
const outcome = z.object({ status: z.enum(['DONE', 'FAILED', 'INTERRUPTED', 'SKIPPED']), jobId: z.string(), slot: z.string(), result: z.unknown().optional(), error: z.string().optional() });

/** GET /admin/jobs and POST /admin/jobs/:id/run: the scheduled jobs, their health, and running one now. */
export function jobRoutes({ db, clock }: AdminDeps, jobs: JobControl): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/jobs',
      scope: 'ops',
      tag: 'jobs',
      summary: 'The scheduled jobs: schedule, catch-up rule, next run, last runs and problems',
      description:
        'A run\'s `problem` is FAILED, INTERRUPTED (SAPA stopped during it) or STALE (still RUNNING an hour after it started: its process died). ' +
        'The job\'s `problem` is that of its newest run.',
      response: z.object({ timeZone: z.literal('Asia/Jakarta'), jobs: z.array(jobView) }),
      handler: async () => {
        const list = jobs.list();
        const runs = await listJobRuns(db.prisma, list.map((j) => j.id), LAST_RUNS, clock.now());
        return {
          timeZone: 'Asia/Jakarta' as const,
          jobs: list.map((job) => {
            const lastRuns = runs.get(job.id) ?? [];
            return { ...job, problem: lastRuns[0]?.problem ?? null, lastRuns };
          }),
        };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/jobs/:id/run',
      scope: 'ops',
      tag: 'jobs',
      summary: 'Run a job now, for the current slot or a given one',
      description: 'Answers the outcome; 409 when that slot has already run or is running. A failed, interrupted or stale slot runs again.',
      params: z.object({ id: z.string().min(1).max(64) }),
      body: z.object({ slot: z.string().trim().min(1).max(32).optional() }).strict().optional(),
      response: outcome,
      handler: async ({ params, body, reply }) => {
        const result = await jobs.run(params.id, body?.slot);
        if (result.status !== 'SKIPPED') return result;
        void reply.status(409);
        return { code: 'jobs.slot_taken', message: translate('en', 'jobs.slot_taken', { job: params.id, slot: result.slot }), outcome: result };
      },
    }),
  ];
}
