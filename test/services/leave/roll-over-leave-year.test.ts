import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollOverLeaveYear } from '../../../src/services/leave/roll-over-leave-year';
import { jobsWorld, makeRequest } from '../../support/jobs-world';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

describe.each(testProviders)('rollOverLeaveYear (%s)', (provider) => {
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

  it('forfeits only the year a cuti besar starts in (December-February carries 6), and counts deferred days by the year of each day', async () => {
    const { employee, supervisor, clock } = world;
    const run = (name: string) => ({ clock, actor: { type: 'SYSTEM' as const, name }, wakeOutbox: () => undefined });
    clock.set('2026-12-31T17:05:00Z');
    expect(await rollOverLeaveYear(db, 2027, run('test-rollover'))).toMatchObject({ year: 2027, rolledOver: 40 });
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

    expect(await rollOverLeaveYear(db, 2028, run('another actor'))).toMatchObject({ year: 2028 });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.balance_rolled_over' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorType: 'SYSTEM', actorName: 'another actor', channel: null, data: { year: 2028, employees: 40 } });
    // 12 unused days of 2027 (the cuti besar forfeited 2026, the year it started): 6 carry over to reach 18.
    expect(await balance(employee.id, 2028)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 0 });
    // Only the 3 December days were postponed out of 2027; the January days belong to 2028.
    expect(await balance(supervisor.id, 2028)).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 3 });
  });
});
