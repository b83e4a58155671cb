import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { delegationDaysJob } from '../../src/jobs/delegation-days';
import { createDelegation } from '../../src/services/delegations/create-delegation';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest, resetActivity } from '../support/jobs-world';

describe.each(testProviders)('delegation days (%s)', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof jobsWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    world = await jobsWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetActivity(db);
    await db.prisma.auditLog.deleteMany({ where: { entity: 'Delegation' } });
    await db.prisma.delegation.deleteMany();
  });

  const at = (iso: string) => ({ ...world.ctx, clock: fixedClock(iso) });
  const cardsTo = (chatId: string) => db.prisma.outboxMessage.count({ where: { chatId, ref: { not: null } } });

  it('moves a waiting card to the substitute on the first day of the range and back the day after it', async () => {
    const { employee, supervisor, chief, ctx } = world;
    const request = await makeRequest(db, { employee, approver: supervisor, start: '2026-12-21', end: '2026-12-22', days: 2 });
    const step = () => db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id }, select: { delegateId: true } });
    // Named on Friday 27 Nov for Mon 30 Nov to Wed 2 Dec: nothing moves yet.
    await db.prisma.$transaction((tx) => createDelegation(tx, ctx.clock.now(), {
      fromId: supervisor.id, toId: chief.id, startDate: '2026-11-30', endDate: '2026-12-02',
      by: { actorType: 'EMPLOYEE', actorId: supervisor.id, actorName: supervisor.name, channel: 'TELEGRAM' },
    }));
    expect((await step()).delegateId).toBeNull();
    expect(await delegationDaysJob.run(at('2026-11-28T17:10:00Z'), '2026-11-29')).toMatchObject({ stepsMoved: 0, stepsReturned: 0 });
    expect(await cardsTo(`tg-${chief.id}`)).toBe(0);

    // 00:05 on Monday 30 Nov in Jakarta.
    expect(await delegationDaysJob.run(at('2026-11-29T17:05:00Z'), '2026-11-30')).toMatchObject({ started: 1, stepsMoved: 1 });
    expect((await step()).delegateId).toBe(chief.id);
    expect(await cardsTo(`tg-${chief.id}`)).toBe(1);
    // Run again the same day: nothing moves, no second card.
    expect(await delegationDaysJob.run(at('2026-11-29T18:00:00Z'), '2026-11-30')).toMatchObject({ stepsMoved: 0 });
    expect(await cardsTo(`tg-${chief.id}`)).toBe(1);
    // Still running on its last day.
    expect(await delegationDaysJob.run(at('2026-12-01T17:05:00Z'), '2026-12-02')).toMatchObject({ stepsMoved: 0, stepsReturned: 0 });
    expect((await step()).delegateId).toBe(chief.id);

    const cardsBefore = await cardsTo(`tg-${supervisor.id}`);
    expect(await delegationDaysJob.run(at('2026-12-02T17:05:00Z'), '2026-12-03')).toMatchObject({ ended: 1, stepsReturned: 1 });
    expect((await step()).delegateId).toBeNull();
    expect(await cardsTo(`tg-${supervisor.id}`)).toBe(cardsBefore + 1);
    const actions = await db.prisma.auditLog.findMany({ where: { entity: 'Delegation', actorType: 'SYSTEM' }, select: { action: true }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['delegation.steps_moved', 'delegation.steps_returned']);
  });

  it('leaves a card that was decided or that is the substitute’s own request', async () => {
    const { employee, supervisor, chief, ctx } = world;
    const own = await makeRequest(db, { employee: chief, approver: supervisor, start: '2026-12-21', end: '2026-12-21' });
    const decided = await makeRequest(db, { employee, approver: supervisor, start: '2026-12-22', end: '2026-12-22', status: 'APPROVED' });
    await db.prisma.$transaction((tx) => createDelegation(tx, ctx.clock.now(), {
      fromId: supervisor.id, toId: chief.id, startDate: '2026-11-30', endDate: '2026-12-02',
      by: { actorType: 'SYSTEM', actorId: null, actorName: 'test', channel: null },
    }));
    expect(await delegationDaysJob.run(at('2026-11-29T17:05:00Z'), '2026-11-30')).toMatchObject({ stepsMoved: 0 });
    const steps = await db.prisma.approvalStep.findMany({ where: { requestId: { in: [own.id, decided.id] } }, select: { delegateId: true } });
    expect(steps.map((s) => s.delegateId)).toEqual([null, null]);
  });
});
