import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importHolidays } from '../../../src/services/imports/holidays/import-holidays';
import { nationalHolidays } from '../../../src/services/imports/holidays/national-holidays';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { makeAdminActor } from '../../support/factories';

const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });
const options = (year: number, prefillNational = false, dryRun = false) => ({ dryRun, actor, year, prefillNational });

describe('nationalHolidays', () => {
  it('lists Indonesian public holidays of the year in Indonesian, one entry per day', async () => {
    const days = await nationalHolidays(2027);
    expect(days).toContainEqual({ date: '2027-08-17', name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia' });
    expect(days.every((d) => d.date.startsWith('2027-'))).toBe(true);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
  });
});

describe('importHolidays', () => {
  let t: AdminTestApp;
  beforeEach(async () => {
    t = await adminTestApp();
  });
  afterEach(() => t.close());

  const year2028 = () => t.db.prisma.holiday.findMany({ where: { date: { startsWith: '2028-' } }, orderBy: [{ date: 'asc' }, { kind: 'asc' }], select: { date: true, name: true, kind: true } });

  it('replaces the table of a year: new days added, renamed days updated, missing days removed', async () => {
    await importHolidays(t.db, 'tanggal,nama,jenis\n2028-01-01,Tahun Baru,NATIONAL\n2028-03-01,Hari X,LOCAL', options(2028));
    const outcome = await importHolidays(t.db, 'date,name,kind\n2028-01-01,Tahun Baru Masehi,national\n2028-12-24,Natal,cuti bersama', options(2028));
    expect(outcome).toMatchObject({ ok: true, summary: { created: 1, updated: 1, removed: 1 } });
    expect(await year2028()).toEqual([
      { date: '2028-01-01', name: 'Tahun Baru Masehi', kind: 'NATIONAL' },
      { date: '2028-12-24', name: 'Natal', kind: 'CUTI_BERSAMA' },
    ]);
  });

  it('pre-fills national holidays where the file is silent; the file wins on its days', async () => {
    const csv = 'date,name,kind\n2028-08-17,HUT RI ke-83 (versi HR),NATIONAL\n2028-08-18,Cuti bersama HUT RI,CUTI_BERSAMA';
    const outcome = await importHolidays(t.db, csv, options(2028, true));
    expect(outcome.ok).toBe(true);
    const rows = await year2028();
    expect(rows.filter((r) => r.date === '2028-08-17')).toEqual([{ date: '2028-08-17', name: 'HUT RI ke-83 (versi HR)', kind: 'NATIONAL' }]);
    expect(rows).toContainEqual({ date: '2028-01-01', name: expect.stringMatching(/tahun baru/i), kind: 'NATIONAL' });
    expect(rows.length).toBe((await nationalHolidays(2028)).length + 1);
  });

  it('accepts an empty body when pre-filling', async () => {
    const outcome = await importHolidays(t.db, undefined, options(2028, true, true));
    expect(outcome).toMatchObject({ ok: true, summary: { created: (await nationalHolidays(2028)).length } });
    expect(await year2028()).toEqual([]);
  });

  it('refuses days outside the year and the same day twice', async () => {
    const outcome = await importHolidays(t.db, 'date,name\n2027-12-31,Malam\n2028-01-01,A\n01/01/2028,B', options(2028));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
        [2, 'admin.import.outside_year'],
        [4, 'admin.import.duplicate_row'],
      ]);
    }
  });
});
