import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importHolidays } from '../../../src/services/imports/holidays/import-holidays';
import { creditWorkedCutiBersama } from '../../../src/services/leave/credit-worked-cuti-bersama';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { readStoredDetail } from '../../../src/services/leave/internal/stored-detail';
import { makeAdminActor } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { balanceOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

const actor = makeAdminActor();

describe.each(testProviders)('holidays declared after booking on %s', (provider) => {
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

  /** The year's table as it is, plus `extra` rows: what HR would import. */
  async function importWith(extra = ''): Promise<void> {
    const rows = await db.prisma.holiday.findMany({ where: { date: { startsWith: '2026-' } }, select: { date: true, name: true, kind: true } });
    const csv = ['date,name,kind', ...rows.map((h) => `${h.date},${h.name.replace(/,/g, ' ')},${h.kind}`), extra].filter((line) => line !== '').join('\n');
    const outcome = await importHolidays(db, csv, { year: 2026, prefillNational: false, dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true });
  }

  it('a cuti bersama declared after booking gives the day back, to approved and pending requests alike, and tells the employee', async () => {
    const { employee, supervisor } = world;
    const approved = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-07', end: '2026-12-09' }));
    const token = (await stepsOf(db, approved.id))[0]!.token;
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: token, actorEmployeeId: supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    const pending = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-14', end: '2026-12-16' }));
    expect(await balanceOf(db, employee.id)).toMatchObject({ used: 3, reserved: 3 });

    await importWith('2026-12-08,Cuti bersama (tambahan),CUTI_BERSAMA\n2026-12-15,Hari libur daerah,LOCAL');

    const after = await db.prisma.leaveRequest.findMany({ where: { id: { in: [approved.id, pending.id] } }, orderBy: { id: 'asc' }, select: { days: true, status: true, detail: true } });
    expect(after.map((r) => [r.status, r.days, readStoredDetail(r.detail).charged])).toEqual([
      ['APPROVED', 2, [{ year: 2026, days: 2 }]],
      ['PENDING', 2, [{ year: 2026, days: 2 }]],
    ]);
    expect(await balanceOf(db, employee.id)).toMatchObject({ used: 2, reserved: 2 });
    const audit = await db.prisma.auditLog.findMany({ where: { action: 'leave.recounted' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.actorType, a.actorName, a.entityId])).toEqual([
      ['HR_TOKEN', 'Rina (BKPSDM)', String(approved.id)],
      ['HR_TOKEN', 'Rina (BKPSDM)', String(pending.id)],
    ]);
    const told = JSON.stringify(await outboxFor(db, employee.id));
    expect(told).toContain(`8 Des 2026 kini hari libur atau cuti bersama. Cuti ${approved.ref} (7-9 Des 2026) dihitung ulang menjadi 2 hari kerja; 1 hari kembali`);
    expect(told).toContain(`Cuti ${pending.ref}`);

    await importWith();
    expect(await balanceOf(db, employee.id)).toMatchObject({ used: 2, reserved: 2 });
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.recounted' } })).toBe(2);
  });

  it('leaves other types and other dates alone', async () => {
    const { employee } = world;
    const sick = await submit(db, world.deps, ctRequest(employee, { typeCode: 'CS', start: '2026-12-07', end: '2026-12-07', detail: { sickKind: 'ILLNESS' } }));
    const other = await submit(db, world.deps, ctRequest(employee, { start: '2026-12-21', end: '2026-12-22' }));
    await importWith('2026-12-07,Cuti bersama (tambahan),CUTI_BERSAMA');
    const rows = await db.prisma.leaveRequest.findMany({ where: { id: { in: [sick.id, other.id] } }, orderBy: { id: 'asc' }, select: { days: true } });
    expect(rows.map((r) => r.days)).toEqual([1, 2]);
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.recounted' } })).toBe(0);
  });

  it('credits a cuti bersama day the employee had to work, once, and tells them', async () => {
    const { employee } = world;
    await importWith('2026-12-28,Cuti bersama (tambahan),CUTI_BERSAMA');
    const hrActor = { actorType: 'HR_TOKEN' as const, actorId: 1, actorName: 'Rina (BKPSDM)', channel: 'ADMIN_API' as const };
    const credit = (date: string) =>
      inTx(db, (tx) => creditWorkedCutiBersama(tx, world.deps, { employeeId: employee.id, dates: [date], reason: 'Piket', actor: hrActor }));
    expect(await credit('2026-12-28')).toEqual([{ year: 2026, added: 1, available: 13 }]);
    expect(await balanceOf(db, employee.id)).toMatchObject({ entitled: 12, added: 1 });
    expect(await codeOf(credit('2026-12-28'))).toBe('leave.already_credited');
    expect(await codeOf(credit('2026-12-29'))).toBe('leave.not_cuti_bersama');
    expect(await balanceOf(db, employee.id)).toMatchObject({ added: 1 });
    expect(JSON.stringify(await outboxFor(db, employee.id))).toContain('Anda bertugas pada cuti bersama 28 Des 2026: 1 hari ditambahkan');
  });
});
