import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelLeave } from '../../../src/services/leave/cancel-leave';
import type { LeaveActor } from '../../../src/services/leave/contract';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, balanceOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

describe.each(testProviders)('cancelLeave on %s', (provider) => {
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

  const cancel = (requestId: number, actor: LeaveActor, reason?: string) =>
    inTx(db, (tx) => cancelLeave(tx, world.deps, { requestId, actor, reason: reason ?? null }));

  async function approved() {
    const request = await submit(db, world.deps, ctRequest(world.employee));
    const [step] = await stepsOf(db, request.id);
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: step!.token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    return request;
  }

  it('cancels a pending request, gives the held days back and closes the approver’s card', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const [step] = await stepsOf(db, request.id);
    const view = await cancel(request.id, actorOf(employee), 'Tidak jadi');

    expect(view).toMatchObject({ status: 'CANCELLED', cancelReason: 'Tidak jadi' });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 0 });
    expect((await stepsOf(db, request.id))[0]!.status).toBe('SKIPPED');
    expect((await outboxFor(db, supervisor.id)).at(-1)).toEqual({
      kind: 'resolve', ref: `step:${step!.token}`, text: `Dibatalkan oleh ${employee.name}, 27 Nov 10:00`,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.cancelled' } });
    expect(audit).toMatchObject({ actorId: employee.id, entityId: String(request.id) });
  });

  it('cancels an approved request before it starts and returns the used days', async () => {
    const request = await approved();
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 3 });
    await cancel(request.id, actorOf(world.employee));
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ reserved: 0, used: 0 });
  });

  it('tells the approver who granted it and HR when a granted request is cancelled, not when a pending one is', async () => {
    const { employee, supervisor, hr } = world;
    const pending = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-14', end: '2026-12-14' }));
    await cancel(pending.id, actorOf(employee));
    expect(JSON.stringify(await outboxFor(db, hr.id))).not.toContain(pending.ref);

    const request = await approved();
    await cancel(request.id, actorOf(employee), 'Tidak jadi');
    const told = `✖️ Cuti ${employee.name} yang sudah disetujui dibatalkan oleh ${employee.name}: ${request.ref} (Cuti Tahunan, 7-9 Des 2026, 3 hari).`;
    expect((await outboxFor(db, supervisor.id)).at(-1)).toEqual({ kind: 'text', text: told });
    expect((await outboxFor(db, hr.id)).at(-1)).toEqual({ kind: 'text', text: told });
  });

  it('refuses to cancel once the leave has started, changing nothing', async () => {
    const request = await approved();
    world.clock.set('2026-12-07T02:00:00Z');
    expect(await codeOf(cancel(request.id, actorOf(world.employee)))).toBe('leave.cancel_after_start');
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 3 });
    expect((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('APPROVED');
  });

  it('lets HR cancel for the employee, who is told', async () => {
    const { employee, hr } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    await cancel(request.id, actorOf(hr));
    expect(JSON.stringify((await outboxFor(db, employee.id)).at(-1))).toContain(`dibatalkan oleh ${hr.name}`);
    expect(await codeOf(cancel(request.id, actorOf(hr)))).toBe('leave.not_cancellable');
  });

  it('refuses someone else’s request to an unrelated colleague', async () => {
    const request = await submit(db, world.deps, ctRequest(world.employee));
    expect(await codeOf(cancel(request.id, actorOf(world.pppk)))).toBe('leave.proxy_not_allowed');
    expect(await codeOf(cancel(999_999, actorOf(world.employee)))).toBe('leave.request_not_found');
  });

  it('gives back the annual leave cuti besar forfeited when it is cancelled before it starts', async () => {
    const { employee, supervisor, chief } = world;
    await db.prisma.employee.update({ where: { id: employee.id }, data: { serviceStart: '2010-03-01' } });
    await setBalance(db, employee.id, 12, 2027);
    const request = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CB', start: '2027-01-04', end: '2027-02-03' }));
    for (const [i, who] of [supervisor, chief].entries()) {
      const step = (await stepsOf(db, request.id))[i]!;
      await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: step.token, actorEmployeeId: who.id, decision: 'APPROVE', channel: null }));
    }
    expect(await balanceOf(db, employee.id, 2027)).toMatchObject({ entitled: 0 });
    await cancel(request.id, actorOf(employee));
    expect(await balanceOf(db, employee.id, 2027)).toMatchObject({ entitled: 12 });
  });
});
