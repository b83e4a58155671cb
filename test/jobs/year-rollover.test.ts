import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs/job-runner';
import { yearRolloverJob } from '../../src/jobs/year-rollover';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest } from '../support/jobs-world';

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
});
