import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeaveActor } from '../../../src/services/leave/contract';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { returnToWork } from '../../../src/services/leave/return-to-work';
import { readStoredDetail } from '../../../src/services/leave/internal/stored-detail';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, balanceOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

describe.each(testProviders)('returnToWork on %s', (provider) => {
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

  const back = (requestId: number, returnDay: string, actor: LeaveActor = actorOf(world.employee)) =>
    inTx(db, (tx) => returnToWork(tx, world.deps, { requestId, returnDay, actor }));

  /** Cuti tahunan Mon 7 - Fri 11 Dec 2026 (5 working days), approved by the supervisor. */
  async function granted() {
    const request = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-07', end: '2026-12-11' }));
    const [step] = await stepsOf(db, request.id);
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: step!.token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    return request;
  }

  it('ends leave under way the day before the return and gives the unused working days back, through the ledger', async () => {
    const request = await granted();
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 5 });
    world.clock.set('2026-12-09T01:00:00Z');
    const result = await back(request.id, '2026-12-09');

    expect(result.daysBack).toBe(3);
    expect(result.request).toMatchObject({ status: 'APPROVED', start: '2026-12-07', end: '2026-12-08', days: 2 });
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 2, reserved: 0 });
    const row = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(readStoredDetail(row.detail)).toMatchObject({ charged: [{ year: 2026, days: 2 }], returnedEarly: { on: '2026-12-09', previousEnd: '2026-12-11' } });
    expect(await db.prisma.leaveBalanceMove.findFirst({ where: { reason: 'return_to_work' } })).toMatchObject({ kind: 'returnUsed', days: 3, year: 2026, requestId: request.id });
    expect(await db.prisma.auditLog.findFirst({ where: { action: 'leave.returned_early' } })).toMatchObject({ actorId: world.employee.id, entityId: String(request.id) });
  });

  it('tells the employee when HR reports the return', async () => {
    const request = await granted();
    world.clock.set('2026-12-10T01:00:00Z');
    await back(request.id, '2026-12-11', { type: 'HR_TOKEN', employeeId: world.hr.id, name: world.hr.name });
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 4 });
    const [notice, letter] = (await outboxFor(db, world.employee.id)).slice(-2);
    expect(notice).toEqual({
      kind: 'text',
      text: `🏢 Anda tercatat masuk kerja kembali mulai 11 Des 2026. Cuti ${request.ref} kini 7-10 Des 2026 (4 hari); 1 hari kembali ke sisa cuti tahunan Anda.`,
    });
    expect(letter).toMatchObject({ kind: 'document', fileName: `surat-izin-cuti-${request.ref}-v2.pdf` });
  });

  it('refuses before the start (cancel instead), a return day outside the leave, and a pending request, changing nothing', async () => {
    const request = await granted();
    expect(await codeOf(back(request.id, '2026-12-09'))).toBe('leave.return_before_start');
    world.clock.set('2026-12-08T01:00:00Z');
    expect(await codeOf(back(request.id, '2026-12-07'))).toBe('leave.return_day_outside');
    expect(await codeOf(back(request.id, '2026-12-14'))).toBe('leave.return_day_outside');
    const pending = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-15', end: '2026-12-16' }));
    world.clock.set('2026-12-15T01:00:00Z');
    expect(await codeOf(back(pending.id, '2026-12-16'))).toBe('leave.return_not_granted');
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 5, reserved: 2 });
  });

  it('refuses a colleague who is neither HR nor the supervisor', async () => {
    const request = await granted();
    world.clock.set('2026-12-08T01:00:00Z');
    expect(await codeOf(back(request.id, '2026-12-09', actorOf(world.pppk)))).toBe('leave.proxy_not_allowed');
  });
});
