import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { JobDefinition } from '../../src/jobs/job-definition';
import { createJobRunner } from '../../src/jobs/job-runner';
import { openDatabase } from '../../src/store/database';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { NOW } from '../support/jobs-world';

/** A job that counts its runs (and can be told to fail). */
function countingJob(options: { fail?: () => boolean; hold?: Promise<void> } = {}) {
  let runs = 0;
  const job: JobDefinition = {
    id: 'counting',
    schedule: '0 7 * * *',
    slotKind: 'day',
    catchUp: 'same-slot',
    description: 'test',
    async run() {
      runs += 1;
      await options.hold;
      if (options.fail?.()) throw new Error('boom');
      return { runs };
    },
  };
  return { job, runs: () => runs };
}

describe.each(testProviders)('job runner (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await db.prisma.jobRun.deleteMany();
  });

  it('runs a slot once: a second trigger is skipped', async () => {
    const clock = fixedClock(NOW);
    const { job, runs } = countingJob();
    const runner = createJobRunner({ db, clock });

    expect(await runner.run(job, '2026-11-27')).toEqual({ status: 'DONE', jobId: 'counting', slot: '2026-11-27', result: { runs: 1 } });
    expect(await runner.run(job, '2026-11-27')).toEqual({ status: 'SKIPPED', jobId: 'counting', slot: '2026-11-27' });
    expect(await runner.run(job, '2026-11-28')).toMatchObject({ status: 'DONE' });

    expect(runs()).toBe(2);
    const row = await db.prisma.jobRun.findUniqueOrThrow({ where: { jobId_slot: { jobId: 'counting', slot: '2026-11-27' } } });
    expect(row).toMatchObject({ status: 'DONE', result: { runs: 1 }, error: null, startedAt: clock.now(), finishedAt: clock.now() });
  });

  it('records a failure, and lets a failed slot run again', async () => {
    let failing = true;
    const { job, runs } = countingJob({ fail: () => failing });
    const runner = createJobRunner({ db, clock: fixedClock(NOW) });

    expect(await runner.run(job, '2026-11-27')).toMatchObject({ status: 'FAILED', error: 'boom' });
    expect(await db.prisma.jobRun.findFirst({ select: { status: true, error: true } })).toEqual({ status: 'FAILED', error: 'boom' });
    failing = false;
    expect(await runner.run(job, '2026-11-27')).toMatchObject({ status: 'DONE' });
    expect(runs()).toBe(2);
  });

  it('takes over a slot left RUNNING by a crashed process only once it is stale', async () => {
    const clock = fixedClock(NOW);
    await db.prisma.jobRun.create({ data: { jobId: 'counting', slot: '2026-11-27', status: 'RUNNING', startedAt: clock.now() } });
    const { job, runs } = countingJob();
    const runner = createJobRunner({ db, clock, staleAfterMs: 3_600_000 });

    expect(await runner.run(job, '2026-11-27')).toMatchObject({ status: 'SKIPPED' });
    clock.advance(3_600_001);
    expect(await runner.run(job, '2026-11-27')).toMatchObject({ status: 'DONE' });
    expect(runs()).toBe(1);
  });

  it('two instances triggered for the same slot at once: exactly one runs it', async () => {
    const other = provider === 'postgresql' ? await openDatabase(db.url) : db;
    try {
      let release: () => void = () => undefined;
      const hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const { job, runs } = countingJob({ hold });
      const runners = [createJobRunner({ db, clock: fixedClock(NOW) }), createJobRunner({ db: other, clock: fixedClock(NOW) })];

      const outcomes = runners.map((r) => r.run(job, '2026-11-27'));
      const first = await Promise.race(outcomes);
      release();
      const all = await Promise.all(outcomes);

      expect(first.status).toBe('SKIPPED');
      expect(all.map((o) => o.status).sort()).toEqual(['DONE', 'SKIPPED']);
      expect(runs()).toBe(1);
    } finally {
      if (other !== db) await other.close();
    }
  });
  it('on stop, a job at a checkpoint ends as INTERRUPTED, and the slot runs again later', async () => {
    const chunks: number[] = [];
    let reached: () => void = () => undefined;
    const atSecondChunk = new Promise<void>((resolve) => (reached = resolve));
    const chunked: JobDefinition = {
      id: 'chunked', schedule: '0 7 * * *', slotKind: 'day', catchUp: 'same-slot', description: 'test',
      async run(ctx) {
        for (let chunk = 1; chunk <= 3; chunk += 1) {
          ctx.signal?.throwIfAborted();
          chunks.push(chunk);
          if (chunk === 2) {
            reached();
            await new Promise((r) => setTimeout(r, 50));
          }
        }
        return { chunks: chunks.length };
      },
    };
    const runner = createJobRunner({ db, clock: fixedClock(NOW) });
    const outcome = runner.run(chunked, '2026-11-27');
    await atSecondChunk;
    expect(runner.running()).toEqual(['chunked 2026-11-27']);
    await runner.stop(5_000);

    expect(await outcome).toEqual({ status: 'INTERRUPTED', jobId: 'chunked', slot: '2026-11-27' });
    expect(chunks).toEqual([1, 2]);
    expect(await db.prisma.jobRun.findFirst({ select: { status: true, error: true } })).toMatchObject({ status: 'INTERRUPTED' });
    await expect(runner.run(chunked, '2026-11-27')).rejects.toThrow(/stopped/);

    const later = createJobRunner({ db, clock: fixedClock(NOW) });
    expect(await later.run(chunked, '2026-11-27')).toMatchObject({ status: 'DONE' });
  });

  it('on stop, a job that does not reach a checkpoint within the grace is recorded INTERRUPTED, not left RUNNING', async () => {
    const { job } = countingJob({ hold: new Promise<void>(() => undefined) });
    const runner = createJobRunner({ db, clock: fixedClock(NOW) });
    void runner.run(job, '2026-11-27');
    while (runner.running().length === 0) await new Promise((r) => setTimeout(r, 5));

    await runner.stop(100);

    expect(await db.prisma.jobRun.findFirst({ select: { status: true, finishedAt: true } })).toEqual({ status: 'INTERRUPTED', finishedAt: new Date(NOW) });
  });
});
