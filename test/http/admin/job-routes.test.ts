import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { adminApi } from '../../../src/http/admin/admin-module';
import { buildApp } from '../../../src/http/build-app';
import { createJobControl } from '../../../src/jobs/job-control';
import type { JobDefinition } from '../../../src/jobs/job-definition';
import { createJobRunner } from '../../../src/jobs/job-runner';
import { makeAdminToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const digestJob: JobDefinition = { id: 'hr-digest', schedule: '0 7 * * 1-5', slotKind: 'day', catchUp: 'same-slot', description: 'digest', run: async () => ({ reached: 1 }) };
const rolloverJob: JobDefinition = { id: 'year-rollover', schedule: '5 0 1 1 *', slotKind: 'year', catchUp: 'same-slot', description: 'rollover', run: async () => ({ year: 2027 }) };

describe('admin job endpoints (/admin/jobs)', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let auth: { authorization: string };
  const clock = fixedClock(NOW);
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const jobs = createJobControl({
      jobs: [digestJob, rolloverJob],
      runner: createJobRunner({ db, clock }),
      clock,
      nextRuns: () => ({ 'hr-digest': new Date('2026-11-30T00:00:00Z'), 'year-rollover': null }),
    });
    app = await buildApp({ db, routes: adminApi({ db, clock, paperwork: loadConfig({}), jobs, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }) });
    const { token } = await makeAdminToken(db, { now: clock.now(), scopes: ['ops'] });
    auth = { authorization: `Bearer ${token}` };
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

  it('needs the ops scope', async () => {
    const { token } = await makeAdminToken(db, { now: clock.now(), scopes: ['read'] });
    const response = await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden.missing_scope', message: expect.stringContaining('"ops"') });
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

  it('runs a given slot, and checks its shape per job; bad bodies are a clean 400', async () => {
    const rollover = await app.inject({ method: 'POST', url: '/admin/jobs/year-rollover/run', headers: auth, payload: { slot: '2027' } });
    expect(rollover.json()).toMatchObject({ status: 'DONE', slot: '2027' });
    const wrong = await app.inject({ method: 'POST', url: '/admin/jobs/year-rollover/run', headers: auth, payload: { slot: '2027-01-01' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'jobs.invalid_slot', message: 'Not a valid slot for this job: write YYYY.' });
    expect((await app.inject({ method: 'POST', url: '/admin/jobs/nope/run', headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: auth, payload: { slot: 7, extra: 1 } })).statusCode).toBe(400);
  });

  it('lists the schedule, the catch-up rule, the next run and the last runs, with failed and stale runs flagged', async () => {
    await app.inject({ method: 'POST', url: '/admin/jobs/hr-digest/run', headers: auth, payload: { slot: '2026-11-26' } });
    await db.prisma.jobRun.create({ data: { jobId: 'hr-digest', slot: '2026-11-25', status: 'FAILED', startedAt: new Date('2026-11-25T00:00:00Z'), error: 'boom' } });
    // Started two hours ago and never finished: its process died.
    await db.prisma.jobRun.create({ data: { jobId: 'year-rollover', slot: '2026', status: 'RUNNING', startedAt: new Date('2026-11-27T01:00:00Z') } });
    const response = await app.inject({ method: 'GET', url: '/admin/jobs', headers: auth });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.timeZone).toBe('Asia/Jakarta');
    expect(body.jobs[0]).toMatchObject({
      id: 'hr-digest', schedule: '0 7 * * 1-5', catchUp: 'same-slot', nextRun: '2026-11-30T00:00:00.000Z', problem: null,
      lastRuns: [
        { slot: '2026-11-26', status: 'DONE', result: { reached: 1 }, error: null, problem: null },
        { slot: '2026-11-25', status: 'FAILED', error: 'boom', problem: 'FAILED' },
      ],
    });
    expect(body.jobs[1]).toMatchObject({ id: 'year-rollover', nextRun: null, problem: 'STALE', lastRuns: [{ slot: '2026', status: 'RUNNING', problem: 'STALE' }] });
  });

  it('is in the OpenAPI document', async () => {
    const paths = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json().paths as Record<string, unknown>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/admin/jobs', '/admin/jobs/{id}/run']));
  });
});
