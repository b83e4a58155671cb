import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importLeaveBalances } from '../../../src/services/imports/leave-balances/import-leave-balances';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { demoPeople, makeAdminActor } from '../../support/factories';

const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });

describe('importLeaveBalances', () => {
  let t: AdminTestApp;
  beforeEach(async () => {
    t = await adminTestApp();
  });
  afterEach(() => t.close());

  it('creates next year\'s opening balance and overwrites this year\'s (halves written with a comma)', async () => {
    const { employee } = await demoPeople(t.db);
    const csv = `nip;tahun;jenis;hak;carriedOver;terpakai;unusedYears\n${employee.nip};2027;CT;12;6;0;1\n${employee.nip};2026;ct;12;2,5;3,5;\n`;
    const outcome = await importLeaveBalances(t.db, csv, { dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true, summary: { created: 1, updated: 1 } });
    const balances = await t.db.prisma.leaveBalance.findMany({
      where: { employeeId: employee.id },
      orderBy: { year: 'asc' },
      select: { year: true, entitled: true, carriedOver: true, used: true, unusedYears: true },
    });
    expect(balances).toEqual([
      { year: 2026, entitled: 12, carriedOver: 2.5, used: 3.5, unusedYears: 0 },
      { year: 2027, entitled: 12, carriedOver: 6, used: 0, unusedYears: 1 },
    ]);
  });

  it('refuses unknown NIPs and types, used beyond the days granted, and quarter days', async () => {
    const { employee } = await demoPeople(t.db);
    const rows = [
      { nip: '199001012020011999', year: 2026, entitled: 12 },
      { nip: employee.nip, year: 2026, type: 'XX', entitled: 12 },
      { nip: employee.nip, year: 2027, entitled: 12, used: 13 },
      { nip: employee.nip, year: 2028, entitled: 12.25 },
    ];
    const outcome = await importLeaveBalances(t.db, rows, { dryRun: false, actor });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
        [1, 'admin.import.unknown_employee'],
        [2, 'admin.import.unknown_leave_type'],
        [3, 'admin.import.used_exceeds'],
        [4, 'admin.import.invalid_field'],
      ]);
    }
    expect(await t.db.prisma.leaveBalance.count({ where: { employeeId: employee.id } })).toBe(1);
  });
});
