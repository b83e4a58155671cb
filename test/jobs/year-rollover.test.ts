import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs/job-runner';
import { yearRolloverJob } from '../../src/jobs/year-rollover';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest } from './jobs-world';

describe.each(testProviders)('year-end rollover (%s)', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof jobsWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    world = await jobsWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  const balance = (employeeId: number, year: number) =>
    db.prisma.leaveBalance.findUnique({
      where: { employeeId_year_typeCode: { employeeId, year, typeCode: 'CT' } },
      select: { entitled: true, carriedOver: true, deferred: true, used: true, reserved: true, unusedYears: true, rolledOverAt: true },
    });

  it('opens next year from this year: carry-over capped at 18 usable days, 24 after two unused years, deferred days added, PPPK by contract; once', async () => {
    const { employee, supervisor, chief, hr, pppk, ctx, clock } = world;
    const set = (employeeId: number, data: Record<string, number>) =>
      db.prisma.leaveBalance.update({ where: { employeeId_year_typeCode: { employeeId, year: 2026, typeCode: 'CT' } }, data: { carriedOver: 0, used: 0, reserved: 0, ...data } });
    await set(employee.id, { entitled: 12, carriedOver: 6, used: 2 });
    await set(supervisor.id, { entitled: 12, carriedOver: 12, unusedYears: 1 });
    await set(chief.id, { entitled: 12, used: 4 });
    await set(hr.id, { entitled: 12, used: 0 });
    // A PPPK on a contract of less than 2 years carries nothing over.
    await db.prisma.employee.update({ where: { id: pppk.id }, data: { serviceStart: '2025-04-01', contractEnd: '2027-03-31' } });
    await set(pppk.id, { entitled: 12, used: 2 });
    await makeRequest(db, { employee: hr, status: 'DEFERRED', start: '2026-12-14', end: '2026-12-17', days: 4 });
    // A request for next year made in December opened the 2027 row already.
    await db.prisma.leaveBalance.create({ data: { employeeId: chief.id, year: 2027, typeCode: 'CT', entitled: 12, reserved: 2 } });
    clock.set('2026-12-31T17:05:00Z');
    const runner = createJobRunner({ db, clock });

    const outcome = await runner.run(yearRolloverJob, '2027');

    expect(outcome).toMatchObject({ status: 'DONE', result: { year: 2027, rolledOver: 40, opened: 0, alreadyDone: 0 } });
    expect(await balance(employee.id, 2027)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 0, unusedYears: 0 });
    expect(await balance(supervisor.id, 2027)).toMatchObject({ entitled: 12, carriedOver: 12, unusedYears: 2 });
    expect(await balance(chief.id, 2027)).toMatchObject({ entitled: 12, carriedOver: 6, reserved: 2, unusedYears: 0 });
    expect(await balance(hr.id, 2027)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 4, unusedYears: 1 });
    expect(await balance(pppk.id, 2027)).toMatchObject({ entitled: 12, carriedOver: 0 });
    expect((await balance(employee.id, 2026))?.rolledOverAt).toEqual(clock.now());

    expect(await yearRolloverJob.run(ctx, '2027')).toMatchObject({ rolledOver: 0, alreadyDone: 40 });
    expect(await db.prisma.leaveBalance.count({ where: { year: 2027 } })).toBe(40);
    expect(await balance(employee.id, 2027)).toMatchObject({ carriedOver: 6 });
  });

  it('forfeits only the year a cuti besar starts in (December-February carries 6), and counts deferred days by the year of each day', async () => {
    const { employee, supervisor, clock } = world;
    const year2027 = (employeeId: number) =>
      db.prisma.leaveBalance.update({
        where: { employeeId_year_typeCode: { employeeId, year: 2027, typeCode: 'CT' } },
        data: { entitled: 12, carriedOver: 0, deferred: 0, added: 0, used: 0, reserved: 0, unusedYears: 0, rolledOverAt: null },
      });
    await year2027(employee.id);
    await year2027(supervisor.id);
    await makeRequest(db, { employee, typeCode: 'CB', status: 'APPROVED', start: '2026-12-14', end: '2027-02-13', days: 62 });
    await makeRequest(db, {
      employee: supervisor, status: 'DEFERRED', start: '2027-12-28', end: '2028-01-05', days: 6,
      detail: { charged: [{ year: 2027, days: 3 }, { year: 2028, days: 3 }] },
    });
    clock.set('2027-12-31T17:05:00Z');

    expect(await yearRolloverJob.run(world.ctx, '2028')).toMatchObject({ year: 2028 });
    // 12 unused days of 2027 (the cuti besar forfeited 2026, the year it started): 6 carry over to reach 18.
    expect(await balance(employee.id, 2028)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 0 });
    // Only the 3 December days were postponed out of 2027; the January days belong to 2028.
    expect(await balance(supervisor.id, 2028)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 3 });
  });
});
