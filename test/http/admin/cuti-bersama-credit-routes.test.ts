import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('crediting cuti bersama days worked', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const url = () => `/admin/employees/${people.employee.nip}/cuti-bersama-credits`;
  const balance = () =>
    t.db.prisma.leaveBalance.findUniqueOrThrow({ where: { employeeId_year_typeCode: { employeeId: people.employee.id, year: 2026, typeCode: 'CT' } } });

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    await t.db.prisma.holiday.upsert({
      where: { date_kind: { date: '2026-12-24', kind: 'CUTI_BERSAMA' } },
      create: { date: '2026-12-24', name: 'Cuti bersama Natal', kind: 'CUTI_BERSAMA' },
      update: {},
    });
  });
  afterAll(() => t.close());

  it('adds one day of cuti tahunan per cuti bersama worked, audited with the HR officer', async () => {
    const before = await balance();
    const response = await t.call('POST', url(), { body: { dates: ['2026-12-24'], reason: 'Piket pelayanan' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ credited: 1, balances: [{ year: 2026, added: before.added + 1 }] });
    const after = await balance();
    expect(after.added).toBe(before.added + 1);
    expect(after.used + after.reserved).toBe(before.used + before.reserved);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.cuti_bersama_credited' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: people.hr.id, entityId: `${people.employee.id}:2026-12-24` });
  });

  it('credits a day once (409), refuses a day that is not cuti bersama, a malformed body, an unknown NIP and no token', async () => {
    const again = await t.call('POST', url(), { body: { dates: ['2026-12-24'], reason: 'Piket pelayanan' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('leave.already_credited');
    const notDeclared = await t.call('POST', url(), { body: { dates: ['2026-12-23'], reason: 'Piket pelayanan' } });
    expect(notDeclared.statusCode).toBe(400);
    expect(notDeclared.json().code).toBe('leave.not_cuti_bersama');
    expect((await t.call('POST', url(), { body: { dates: [], reason: 'Piket pelayanan' } })).statusCode).toBe(400);
    expect((await t.call('POST', url(), { body: { dates: ['24-12-2026'], reason: 'Piket pelayanan' } })).statusCode).toBe(400);
    expect((await t.call('POST', url(), { body: { dates: ['2026-12-24'] } })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/employees/199001012020011999/cuti-bersama-credits', { body: { dates: ['2026-12-24'], reason: 'Piket' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: url(), payload: { dates: ['2026-12-24'], reason: 'Piket' } })).statusCode).toBe(401);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'leave.cuti_bersama_credited' } })).toBe(1);
  });

  it('credits from an import file: new days added once, a day already credited unchanged, a bad row refuses the whole file', async () => {
    await t.db.prisma.holiday.upsert({
      where: { date_kind: { date: '2026-12-26', kind: 'CUTI_BERSAMA' } },
      create: { date: '2026-12-26', name: 'Cuti bersama Natal', kind: 'CUTI_BERSAMA' },
      update: {},
    });
    const url = '/admin/imports/cuti-bersama-credits';
    const before = await balance();
    const refused = await t.call('POST', url, { csv: `nip;tanggal;alasan\n${people.employee.nip};2026-12-26;Piket\n${people.employee.nip};2026-12-23;Piket` });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('2026-12-23');
    expect((await balance()).added).toBe(before.added);

    const csv = `nip;tanggal;alasan\n${people.employee.nip};2026-12-24;Piket pelayanan\n${people.employee.nip};2026-12-26;Piket pelayanan`;
    const response = await t.call('POST', url, { csv });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ summary: { created: 1, unchanged: 1 } });
    expect((await balance()).added).toBe(before.added + 1);
    const again = await t.call('POST', url, { csv });
    expect(again.json()).toMatchObject({ summary: { created: 0, unchanged: 2 } });
    expect((await balance()).added).toBe(before.added + 1);
    expect(await t.db.prisma.leaveBalanceMove.count({ where: { employeeId: people.employee.id, kind: 'creditWorked' } })).toBe(2);
    expect((await t.app.inject({ method: 'POST', url, payload: csv, headers: { 'content-type': 'text/csv' } })).statusCode).toBe(401);
  });
});
