import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecideLeaveInput } from '../../../src/services/leave/contract';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { listPendingForApprover } from '../../../src/services/leave/list-pending-for-approver';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { balanceOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

describe.each(testProviders)('decideLeave on %s', (provider) => {
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

  async function tokenOf(requestId: number, order: number): Promise<string> {
    return (await stepsOf(db, requestId))[order - 1]!.token;
  }

  function decide(input: Omit<DecideLeaveInput, 'channel'> & { channel?: DecideLeaveInput['channel'] }) {
    return inTx(db, (tx) => decideLeave(tx, world.deps, { channel: 'TELEGRAM', ...input }));
  }

  it('approves at the supervisor when that is final: days become used, the employee is told', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const result = await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'APPROVE', note: 'Selamat berlibur' });

    expect(result.final).toBe(true);
    expect(result.request.status).toBe('APPROVED');
    expect(result.outcome).toEqual({ key: 'approvals.outcome.APPROVE', params: expect.objectContaining({ name: supervisor.name, at: '27 Nov 10:00' }) });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 3 });
    const [notice, letter] = (await outboxFor(db, employee.id)).slice(-2).map((m) => JSON.stringify(m));
    expect(letter).toContain('Surat izin cuti Anda terlampir');
    expect(notice).toContain(`disetujui oleh ${supervisor.name}`);
    expect(notice).toContain('Catatan: Selamat berlibur');
    expect(notice).toContain('Sisa cuti tahunan 2026: 9 hari');
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.decided', entityId: String(request.id) } })).toBe(1);
  });

  it('walks the full chain: supervisor recommends, the official decides', async () => {
    const { employee, supervisor, chief } = world;
    const request = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-07', end: '2026-12-14' }));
    const first = await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'APPROVE' });

    expect(first.final).toBe(false);
    expect(first.next).toEqual({ approverName: chief.name, role: 'OFFICIAL' });
    expect(first.request).toMatchObject({ status: 'PENDING', currentStep: 2 });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 6, used: 0 });
    const card = (await outboxFor(db, chief.id)).at(-1);
    expect(card).toMatchObject({ kind: 'choices', ref: `step:${await tokenOf(request.id, 2)}` });
    expect(JSON.stringify(card)).toContain(`Rekomendasi ${supervisor.name} (atasan langsung): setuju`);
    expect(JSON.stringify((await outboxFor(db, employee.id)).at(-1))).toContain('diteruskan ke');

    const last = await decide({ stepToken: await tokenOf(request.id, 2), actorEmployeeId: chief.id, decision: 'APPROVE' });
    expect(last.final).toBe(true);
    expect(last.request.status).toBe('APPROVED');
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 6 });
  });

  it('ends the request on a rejection at the first step and gives the days back', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-07', end: '2026-12-14' }));
    const result = await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'REJECT', note: 'Akhir tahun anggaran' });

    expect(result).toMatchObject({ final: true, next: null });
    expect(result.request.status).toBe('REJECTED');
    expect((await stepsOf(db, request.id)).map((s) => s.status)).toEqual(['DECIDED', 'SKIPPED']);
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 0 });
  });

  it('requires a note to reject or defer', async () => {
    const request = await submit(db, world.deps, ctRequest(world.employee));
    const token = await tokenOf(request.id, 1);
    expect(await codeOf(decide({ stepToken: token, actorEmployeeId: world.supervisor.id, decision: 'REJECT', note: '  ' }))).toBe('leave.note_required');
    expect((await stepsOf(db, request.id))[0]!.status).toBe('PENDING');
  });

  it('lets the delegate of an approver away on leave decide, and lists the request for them', async () => {
    const { employee, supervisor, hr } = world;
    await db.prisma.delegation.create({
      data: { fromId: supervisor.id, toId: hr.id, startDate: '2026-11-20', endDate: '2026-12-31', createdBy: 'test' },
    });
    const request = await submit(db, world.deps, ctRequest(employee));
    expect(request.steps[0]).toMatchObject({ approverName: supervisor.name, delegateName: hr.name });
    expect(JSON.stringify((await outboxFor(db, hr.id)).at(-1))).toContain(request.ref);
    const pending = await inTx(db, (tx) => listPendingForApprover(tx, world.deps, hr.id));
    expect(pending.map((p) => p.ref)).toEqual([request.ref]);

    const result = await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: hr.id, decision: 'APPROVE' });
    expect(result.request.steps[0]).toMatchObject({ decidedByName: hr.name, decision: 'APPROVE' });
  });

  it('lets nobody decide their own request, nor a step that is not theirs, nor a made-up token', async () => {
    const { employee, supervisor, hr, pppk } = world;
    await setBalance(db, supervisor.id, 12);
    const own = await submit(db, world.deps, ctRequest(employee));
    const token = await tokenOf(own.id, 1);
    expect(await codeOf(decide({ stepToken: token, actorEmployeeId: employee.id, decision: 'APPROVE' }))).toBe('leave.own_request');
    expect(await codeOf(decide({ stepToken: token, actorEmployeeId: pppk.id, decision: 'APPROVE' }))).toBe('leave.not_your_step');
    expect(await codeOf(decide({ stepToken: token, actorEmployeeId: hr.id, decision: 'APPROVE' }))).toBe('leave.not_your_step');
    expect(await codeOf(decide({ stepToken: 'aaaaaaaaaa', actorEmployeeId: supervisor.id, decision: 'APPROVE' }))).toBe('leave.step_unknown');
    expect(await codeOf(decide({ stepToken: "x' OR 1=1", actorEmployeeId: supervisor.id, decision: 'APPROVE' }))).toBe('leave.step_unknown');
    expect((await stepsOf(db, own.id))[0]!.status).toBe('PENDING');
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 3, used: 0 });
  });

  it('refuses a second decision on a decided step, naming who decided and when', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const token = await tokenOf(request.id, 1);
    await decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'APPROVE' });
    const error = await decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'REJECT', note: 'salah tekan' }).catch((e) => e);
    expect(error.code).toBe('leave.already_decided');
    expect(error.params).toEqual({ by: supervisor.name, at: '27 Nov 10:00' });
  });

  it('makes exactly one of two concurrent decisions on one step', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const token = await tokenOf(request.id, 1);
    const results = await Promise.allSettled([
      decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'APPROVE' }),
      decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'REJECT', note: 'tidak bisa' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.reason.code)).toEqual(['leave.already_decided']);
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.decided' } })).toBe(1);
    const balance = await balanceOf(db, employee.id);
    expect(balance.reserved + balance.used).toBeLessThanOrEqual(3);
    expect(balance.reserved).toBe(0);
  });

  it('grants other dates: the held days follow the new dates', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const result = await decide({
      stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'CHANGE',
      changedStart: '2026-12-14', changedEnd: '2026-12-15', note: 'Minggu itu ada rapat',
    });
    expect(result.request).toMatchObject({ status: 'CHANGED', start: '2026-12-14', end: '2026-12-15', days: 2, requested: { start: '2026-12-07', end: '2026-12-09' } });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 2 });
  });

  it('refuses other dates that break the rules, changing nothing', async () => {
    const { employee, supervisor } = world;
    const request = await submit(db, world.deps, ctRequest(employee));
    const error = await decide({
      stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'CHANGE',
      changedStart: '2026-12-01', changedEnd: '2026-12-31',
    }).catch((e) => e);
    expect(error.code).toBe('leave.refused');
    expect(error.errors.map((e: { code: string }) => e.code)).toContain('leave.insufficient_balance');
    expect((await stepsOf(db, request.id))[0]!.status).toBe('PENDING');
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 3, used: 0 });
  });

  it('carries a recommendation of other dates to the official, who accepts it by approving', async () => {
    const { employee, supervisor, chief } = world;
    const request = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-07', end: '2026-12-14' }));
    await decide({
      stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'CHANGE',
      changedStart: '2026-12-14', changedEnd: '2026-12-18',
    });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 5 });
    expect(JSON.stringify((await outboxFor(db, chief.id)).at(-1))).toContain('Usulan tanggal: 14-18 Des 2026');
    const last = await decide({ stepToken: await tokenOf(request.id, 2), actorEmployeeId: chief.id, decision: 'APPROVE' });
    expect(last.request).toMatchObject({ status: 'CHANGED', start: '2026-12-14', end: '2026-12-18', days: 5 });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0, used: 5 });
  });

  it('a supervisor cannot end a request by deferring: alone it is refused, before the official it is a recommendation', async () => {
    const { employee, supervisor, chief } = world;
    const short = await submit(db, world.deps, ctRequest(employee));
    expect(await codeOf(decide({ stepToken: await tokenOf(short.id, 1), actorEmployeeId: supervisor.id, decision: 'DEFER', note: 'Akhir tahun' })))
      .toBe('leave.defer_official_only');
    expect((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: short.id } })).status).toBe('PENDING');

    const long = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-14', end: '2026-12-21' }));
    const first = await decide({ stepToken: await tokenOf(long.id, 1), actorEmployeeId: supervisor.id, decision: 'DEFER', note: 'Akhir tahun anggaran' });
    expect(first).toMatchObject({ final: false, next: { role: 'OFFICIAL' }, outcome: { key: 'approvals.outcome.DEFER_RECOMMENDED' } });
    expect(first.request).toMatchObject({ status: 'PENDING', currentStep: 2 });
    expect(first.request.steps[0]).toMatchObject({ decision: 'DEFER', note: 'Akhir tahun anggaran' });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 9 });
    expect(JSON.stringify((await outboxFor(db, chief.id)).at(-1))).toContain(`Rekomendasi ${supervisor.name} (atasan langsung): tangguhkan`);

    const last = await decide({ stepToken: await tokenOf(long.id, 2), actorEmployeeId: chief.id, decision: 'DEFER', note: 'Ditangguhkan ke tahun depan' });
    expect(last).toMatchObject({ final: true, request: { status: 'DEFERRED' } });
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 3, used: 0 });
  });

  it('forfeits the year’s annual leave when cuti besar is granted', async () => {
    const { employee, supervisor, chief } = world;
    await db.prisma.employee.update({ where: { id: employee.id }, data: { serviceStart: '2010-03-01' } });
    const request = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CB', start: '2027-01-04', end: '2027-02-03' }));
    expect(request.steps.map((s) => s.role)).toEqual(['SUPERVISOR', 'OFFICIAL']);
    await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'APPROVE' });
    await decide({ stepToken: await tokenOf(request.id, 2), actorEmployeeId: chief.id, decision: 'APPROVE' });
    const next = await balanceOf(db, employee.id, 2027);
    expect(next.entitled + next.carriedOver + next.deferred + next.added - next.used - next.reserved).toBe(0);
  });
});
