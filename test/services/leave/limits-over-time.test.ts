import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { ctRequest, leaveWorld, submit } from './leave-test-kit';

describe.each(testProviders)('limits over time on %s', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    world = await leaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const sick = (start: string, end: string, detail = {}) =>
    ctRequest(world.employee, { typeCode: 'CS', start, end, reason: 'Rawat inap', detail: { sickKind: 'ILLNESS', ...detail } });

  it('refuses the second back-to-back 12-month sick leave without the health board letter, naming the first', async () => {
    const first = await submit(db, world.deps, sick('2026-11-30', '2027-11-29'));
    expect(first.days).toBe(365);
    const error = await submit(db, world.deps, sick('2027-11-30', '2028-11-29')).catch((e) => e);
    expect(error.code).toBe('leave.refused');
    expect(error.errors).toEqual([
      { code: 'leave.sick_episode_exceeded', params: { since: '2026-11-30', lastDay: '2027-11-29', taken: 365, refs: first.ref } },
    ]);
    const extension = await submit(db, world.deps, sick('2027-11-30', '2028-05-29', { healthBoardLetter: true }));
    expect(extension).toMatchObject({ status: 'PENDING', requiredDocument: 'HEALTH_BOARD', missingDocument: 'HEALTH_BOARD' });
  });

  it('refuses a second maternity leave for the same child and a second cuti besar within 5 years', async () => {
    const { employee } = world;
    await db.prisma.employee.update({ where: { id: employee.id }, data: { gender: 'F', serviceStart: '2010-03-01' } });
    const maternity = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CM', start: '2026-12-01', end: '2027-02-28', detail: { childOrder: 2 } }));
    const again = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CM', start: '2027-03-01', end: '2027-05-31', detail: { childOrder: 2 } })).catch((e) => e);
    expect(again.errors.map((e: { code: string }) => e.code)).toEqual(['leave.maternity_child_taken']);
    expect(again.errors[0].params).toMatchObject({ ref: maternity.ref, childOrder: 2 });

    const longLeave = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CB', start: '2027-06-01', end: '2027-08-31' }));
    const second = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CB', start: '2029-01-07', end: '2029-02-06' })).catch((e) => e);
    expect(second.errors).toEqual([
      { code: 'leave.long_leave_interval', params: { years: 5, ref: longLeave.ref, last: '2027-06-01', eligibleFrom: '2032-06-01' } },
    ]);
  });
});
