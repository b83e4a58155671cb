import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeaveRefused } from '../../../src/services/leave/leave-refused';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, balanceOf, ctRequest, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

describe.each(testProviders)('submitLeave on %s', (provider) => {
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

  it('creates the request, holds its days, and sends the supervisor a card', async () => {
    const { employee, supervisor, deps } = world;
    const view = await submit(db, deps, ctRequest(employee));

    expect(view.ref).toMatch(/^CT-2026-\d{6}$/);
    expect(view).toMatchObject({ status: 'PENDING', days: 3, proxy: false, employeeName: employee.name, currentStep: 1 });
    expect(view.steps.map((s) => [s.role, s.approverName, s.status])).toEqual([['SUPERVISOR', supervisor.name, 'PENDING']]);
    expect(await balanceOf(db, employee.id)).toMatchObject({ entitled: 12, reserved: 3, used: 0 });

    const steps = await stepsOf(db, view.id);
    expect(steps[0]!.token).toMatch(/^[a-z2-7]{10}$/);
    expect(steps[0]!.activatedAt).not.toBeNull();
    const [card] = await outboxFor(db, supervisor.id);
    expect(card).toMatchObject({ kind: 'choices', ref: `step:${steps[0]!.token}` });
    if (card?.kind !== 'choices') throw new Error('no card');
    expect(card.text).toContain(employee.name);
    expect(card.text).toContain(employee.nip);
    expect(card.text).toContain('7-9 Des 2026');
    expect(card.text).toContain('3 hari kerja');
    expect(card.text).toContain('Sisa cuti tahunan 2026 sesudah permintaan ini: 9 hari');
    expect(card.choices.map((c) => c.label)).toEqual(['✅ Setujui', '📝 Tambah catatan', '📅 Ubah tanggal', '❌ Tolak', '📄 Formulir']);
    expect(card.choices[0]!.value).toBe(`dec:${steps[0]!.token}:APPROVE`);
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.submitted', entityId: String(view.id) } })).toBe(1);
  });

  it('refuses with every failed rule and writes nothing', async () => {
    const { employee, deps } = world;
    await setBalance(db, employee.id, 2);
    const before = await db.prisma.outboxMessage.count();
    const error = (await submit(db, deps, ctRequest(employee, { start: '2026-11-30', end: '2026-12-04' })).catch((e) => e)) as LeaveRefused;

    expect(error.code).toBe('leave.refused');
    expect(error.errors.map((e) => e.code)).toEqual(['leave.notice_too_short', 'leave.insufficient_balance']);
    expect(error.errors[1]!.params).toMatchObject({ available: 2, requested: 5 });
    expect(await db.prisma.leaveRequest.count()).toBe(0);
    expect(await db.prisma.outboxMessage.count()).toBe(before);
    expect(await balanceOf(db, employee.id)).toMatchObject({ reserved: 0 });
  });

  it('records a proxy submission by HR and tells the employee', async () => {
    const { employee, hr, deps } = world;
    const view = await submit(db, deps, ctRequest(employee, { actor: actorOf(hr) }));

    expect(view.proxy).toBe(true);
    expect(view.submittedByName).toBe(hr.name);
    const row = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({ submittedById: hr.id, submittedVia: 'TELEGRAM', proxy: true });
    const notices = await outboxFor(db, employee.id);
    expect(notices.at(-1)).toMatchObject({ kind: 'text' });
    expect(JSON.stringify(notices.at(-1))).toContain(`${hr.name} mengajukan Cuti Tahunan atas nama Anda`);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.submitted' } });
    expect(audit).toMatchObject({ actorId: hr.id, actorName: hr.name, channel: 'TELEGRAM' });
  });

  it('refuses a proxy who is neither HR nor the supervisor', async () => {
    const { employee, pppk, deps } = world;
    const error = await submit(db, deps, ctRequest(employee, { actor: actorOf(pppk) })).catch((e) => e);
    expect(error.code).toBe('leave.proxy_not_allowed');
  });

  it('adds the authorized official for CT above the supervisor-final threshold', async () => {
    const { employee, supervisor, chief, deps } = world;
    const view = await submit(db, deps, ctRequest(employee, { start: '2026-12-07', end: '2026-12-14' }));
    expect(view.days).toBe(6);
    expect(view.steps.map((s) => [s.role, s.approverName, s.status])).toEqual([
      ['SUPERVISOR', supervisor.name, 'PENDING'],
      ['OFFICIAL', chief.name, 'WAITING'],
    ]);
    expect(await outboxFor(db, chief.id)).toEqual([]);
  });

  it("sends a unit head's request to the head of the parent unit", async () => {
    const { supervisor, chief, deps } = world;
    await setBalance(db, supervisor.id, 12);
    const view = await submit(db, deps, ctRequest(supervisor));
    expect(view.steps.map((s) => [s.role, s.approverName])).toEqual([['SUPERVISOR', chief.name]]);
  });

  it('refuses the top official, who has nobody above to decide', async () => {
    const { chief, deps } = world;
    await setBalance(db, chief.id, 12);
    const error = (await submit(db, deps, ctRequest(chief)).catch((e) => e)) as LeaveRefused;
    expect(error.errors.map((e) => e.code)).toEqual(['leave.no_approver']);
  });

  it('opens the balance row of the year from the opening balance when missing', async () => {
    const { employee, deps } = world;
    await db.prisma.leaveBalance.deleteMany({ where: { employeeId: employee.id } });
    await submit(db, deps, ctRequest(employee));
    expect(await balanceOf(db, employee.id)).toMatchObject({ entitled: 12, reserved: 3 });
  });

  it('charges each year its own days across New Year', async () => {
    const { employee, deps } = world;
    const view = await submit(db, deps, ctRequest(employee, { start: '2026-12-30', end: '2027-01-04' }));
    expect(view.days).toBe(3);
    expect(await balanceOf(db, employee.id, 2026)).toMatchObject({ reserved: 2 });
    expect(await balanceOf(db, employee.id, 2027)).toMatchObject({ reserved: 1 });
  });
});
