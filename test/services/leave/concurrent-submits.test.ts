import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { balanceOf, ctRequest, leaveWorld, setBalance, submit } from './leave-test-kit';

describe.each(testProviders)('concurrent submits on %s', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    world = await leaveWorld(db);
    await setBalance(db, world.employee.id, 12);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('lets at most two of three parallel 5-day requests through a 12-day balance', async () => {
    const weeks = [
      ['2026-11-30', '2026-12-04'],
      ['2026-12-07', '2026-12-11'],
      ['2026-12-14', '2026-12-18'],
    ];
    const results = await Promise.allSettled(
      // emergency lifts the 7-day notice for the first week
      weeks.map(([start, end]) => submit(db, world.deps, ctRequest(world.employee, { start: start!, end: end!, detail: { emergency: true } }))),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok.length).toBe(2);
    expect(refused.map((r) => r.reason.code)).toEqual(['leave.refused']);
    expect(refused[0]!.reason.errors.map((e: { code: string }) => e.code)).toEqual(['leave.insufficient_balance']);
    const balance = await balanceOf(db, world.employee.id);
    expect(balance.reserved).toBe(10);
    expect(await db.prisma.leaveRequest.count()).toBe(2);
  });

  it('never lets two parallel requests for the same days both through', async () => {
    const results = await Promise.allSettled([1, 2].map(() => submit(db, world.deps, ctRequest(world.employee))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.prisma.leaveRequest.count()).toBe(1);
    expect((await balanceOf(db, world.employee.id)).reserved).toBe(3);
  });
});
