import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { catchUpMissedSlots } from '../../src/jobs/catch-up';
import type { CatchUp, JobDefinition } from '../../src/jobs/job-definition';
import { createJobRunner } from '../../src/jobs/job-runner';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';

const wib = (local: string) => new Date(`${local}+07:00`);

/** A job that records the slots it ran. */
function recordingJob(id: string, schedule: string, catchUp: CatchUp, slotKind: 'day' | 'year' = 'day') {
  const slots: string[] = [];
  const job: JobDefinition = {
    id, schedule, slotKind, catchUp, description: id,
    async run(_ctx, slot) {
      slots.push(slot);
      return { ok: true };
    },
  };
  return { job, slots };
}

describe.each(testProviders)('catch-up of missed slots at start (%s)', (provider) => {
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

  /** SAPA ran last week: its housekeeping run is on record. */
  const ranBefore = () =>
    db.prisma.jobRun.create({ data: { jobId: 'housekeeping', slot: '2026-11-30', status: 'DONE', startedAt: wib('2026-11-30T02:30:00'), finishedAt: wib('2026-11-30T02:30:01') } });

  it("a start after a missed 07:00 runs that day's digest once; a second start does not; reminders wait for their next slot", async () => {
    await ranBefore();
    const digest = recordingJob('hr-digest', '0 7 * * 1-5', 'same-slot');
    const reminders = recordingJob('approver-reminders', '0 7 * * 1-5', 'next-slot');
    const clock = fixedClock(wib('2026-12-07T08:15:00'));
    const jobs = [digest.job, reminders.job];

    const first = await catchUpMissedSlots({ jobs, runner: createJobRunner({ db, clock }), db, clock });
    expect(first.map((o) => [o.jobId, o.slot, o.status])).toEqual([['hr-digest', '2026-12-07', 'DONE']]);
    const second = await catchUpMissedSlots({ jobs, runner: createJobRunner({ db, clock }), db, clock });
    expect(second.map((o) => o.status)).toEqual(['SKIPPED']);

    expect(digest.slots).toEqual(['2026-12-07']);
    expect(reminders.slots).toEqual([]);
  });

  it('a rollover missed on 1 January (SAPA down over new year) runs at the next start', async () => {
    await db.prisma.jobRun.create({ data: { jobId: 'housekeeping', slot: '2026-12-31', status: 'DONE', startedAt: wib('2026-12-31T02:30:00') } });
    const rollover = recordingJob('year-rollover', '5 0 1 1 *', 'same-slot', 'year');
    const clock = fixedClock(wib('2027-01-04T09:00:00'));
    const [outcome] = await catchUpMissedSlots({ jobs: [rollover.job], runner: createJobRunner({ db, clock }), db, clock });
    expect(outcome).toMatchObject({ status: 'DONE', slot: '2027' });
    expect(rollover.slots).toEqual(['2027']);
  });

  it('the digest of a day already over is not sent late; before 07:00 nothing is due yet', async () => {
    await ranBefore();
    const digest = recordingJob('hr-digest', '0 7 * * 1-5', 'same-slot');
    const early = fixedClock(wib('2026-12-08T06:30:00'));
    expect(await catchUpMissedSlots({ jobs: [digest.job], runner: createJobRunner({ db, clock: early }), db, clock: early })).toEqual([]);
    expect(digest.slots).toEqual([]);
  });

  it('a failed or interrupted run of the current slot runs again at start', async () => {
    await ranBefore();
    await db.prisma.jobRun.create({ data: { jobId: 'hr-digest', slot: '2026-12-07', status: 'INTERRUPTED', startedAt: wib('2026-12-07T07:00:00') } });
    const digest = recordingJob('hr-digest', '0 7 * * 1-5', 'same-slot');
    const clock = fixedClock(wib('2026-12-07T07:20:00'));
    const [outcome] = await catchUpMissedSlots({ jobs: [digest.job], runner: createJobRunner({ db, clock }), db, clock });
    expect(outcome).toMatchObject({ status: 'DONE', slot: '2026-12-07' });
    expect(await db.prisma.jobRun.findUniqueOrThrow({ where: { jobId_slot: { jobId: 'hr-digest', slot: '2026-12-07' } }, select: { status: true } })).toEqual({ status: 'DONE' });
  });

  it('a fresh install (no run on record, or none before the slot) replays nothing', async () => {
    const rollover = recordingJob('year-rollover', '5 0 1 1 *', 'same-slot', 'year');
    const clock = fixedClock(wib('2026-12-07T08:15:00'));
    expect(await catchUpMissedSlots({ jobs: [rollover.job], runner: createJobRunner({ db, clock }), db, clock })).toEqual([]);
    await ranBefore();
    expect(await catchUpMissedSlots({ jobs: [rollover.job], runner: createJobRunner({ db, clock }), db, clock })).toEqual([]);
    expect(rollover.slots).toEqual([]);
  });
  it('stops quietly when SAPA is stopping: the rest waits for the next start', async () => {
    await ranBefore();
    const digest = recordingJob('hr-digest', '0 7 * * 1-5', 'same-slot');
    const clock = fixedClock(wib('2026-12-07T08:15:00'));
    const runner = createJobRunner({ db, clock });
    await runner.stop(0);
    expect(await catchUpMissedSlots({ jobs: [digest.job], runner, db, clock })).toEqual([]);
    expect(digest.slots).toEqual([]);
  });
});
