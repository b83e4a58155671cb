import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { AppError } from '../../src/domain/app-error';
import { buildApp } from '../../src/http/build-app';
import { adminJobsRoutes } from '../../src/http/routes/admin-jobs';
import type { JobDefinition } from '../../src/jobs/job-definition';
import { createJobRunner } from '../../src/jobs/job-runner';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { NOW } from './jobs-world';

const digestJob: JobDefinition = { id: 'hr-digest', schedule: '0 7 * * 1-5', slotKind: 'day', description: 'digest', run: async () => ({ reached: 1 }) };
const rolloverJob: JobDefinition = { id: 'year-rollover', schedule: '5 0 1 1 *', slotKind: 'year', description: 'rollover', run: async () => ({ year: 2027 }) };

describe('admin job endpoints', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const auth = { authorization: 'Bearer good' };
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const clock = fixedClock(NOW);
    app = await buildApp({
      db,
      routes: [
        adminJobsRoutes({
          db, clock, jobs: [digestJob, rolloverJob], runner: createJobRunner({ db, clock }),
          authenticate: async (request) => {
            if (request.headers.authorization !== 'Bearer good') throw new AppError('error.unauthorized');
          },
          nextRuns: () => ({ 'hr-digest': new Date('2026-11-30T00:00:00Z') }),
        }),
      ],
    });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });
  beforeEach(async () => {
    await db.prisma.jobRun.deleteMany();
  });

  it('refuses callers without a valid token', async () => {
    expect((await app.inject({ method: 'GET', url: '/admin/jobs' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: { authorization: 'Bearer bad' } })).statusCode).toBe(401);
    expect(await db.prisma.jobRun.count()).toBe(0);
  });

  it('runs a job now for the current slot, then refuses the same slot', async () => {
    const first = await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: auth });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ status: 'DONE', jobId: 'hr-digest', slot: '2026-11-27', result: { reached: 1 } });

    const again = await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: auth, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'jobs.slot_taken' });
  });

  it('runs a given slot, and checks its shape per job', async () => {
    const rollover = await app.inject({ method: 'POST', url: '/admin/jobs/year-rollover/run', headers: auth, payload: { slot: '2027' } });
    expect(rollover.json()).toMatchObject({ status: 'DONE', slot: '2027' });
    const wrong = await app.inject({ method: 'POST', url: '/admin/jobs/year-rollover/run', headers: auth, payload: { slot: '2027-01-01' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'jobs.invalid_slot', message: 'Not a valid slot for this job: write YYYY.' });
    expect((await app.inject({ method: 'POST', url: '/admin/jobs/nope/run', headers: auth })).statusCode).toBe(404);
  });

  it('lists the schedule, the next run and the last runs', async () => {
    await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: auth, payload: { slot: '2026-11-26' } });
    const response = await app.inject({ method: 'GET', url: '/admin/jobs', headers: auth });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.timeZone).toBe('Asia/Jakarta');
    expect(body.jobs[0]).toMatchObject({
      id: 'hr-digest', schedule: '0 7 * * 1-5', nextRun: '2026-11-30T00:00:00.000Z',
      lastRuns: [{ slot: '2026-11-26', status: 'DONE', result: { reached: 1 }, error: null }],
    });
    expect(body.jobs[1]).toMatchObject({ id: 'year-rollover', nextRun: null, lastRuns: [] });
  });
});
