import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePayrollImportArgs, runPayrollImportCommand, type PayrollImportIo } from '../../../src/services/payslips/payroll-import-command';
import { linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { NOW, demoNips, longCsv, makeSlip, seedDemoAt } from './payroll-fixtures';

describe('parsePayrollImportArgs', () => {
  it('reads the file, the month and the options', () => {
    expect(parsePayrollImportArgs(['gaji.csv', '--period', '2026-11', '--format', 'csv-wide', '--publish'])).toEqual({
      file: 'gaji.csv',
      period: '2026-11',
      kind: 'GAJI',
      format: 'csv-wide',
      publish: true,
      republish: false,
      dryRun: false,
      lang: 'id',
    });
    expect(parsePayrollImportArgs(['g.csv', '--period', '2026-11', '--dry-run', '--lang', 'en', '--mapping', 'm.json'])).toMatchObject({ dryRun: true, lang: 'en', mappingFile: 'm.json' });
    expect(parsePayrollImportArgs(['tpp.csv', '--period', '2026-11', '--kind', 'tpp'])).toMatchObject({ kind: 'TPP' });
  });

  it.each([
    [['--period', '2026-11']],
    [['a.csv', 'b.csv', '--period', '2026-11']],
    [['a.csv']],
    [['a.csv', '--period', '2026-13']],
    [['a.csv', '--period', '2026-11', '--format', 'xlsx']],
    [['a.csv', '--period', '2026-11', '--lang', 'fr']],
    [['a.csv', '--period', '2026-11', '--dry-run', '--publish']],
    [['a.csv', '--period', '2026-11', '--force']],
    [['a.csv', '--period', '2026-11', '--kind', 'BONUS']],
  ])('refuses %j', (argv) => {
    expect(parsePayrollImportArgs(argv)).toBeNull();
  });
});

describe('runPayrollImportCommand', () => {
  let db: TestDatabase;
  let nips: string[];
  const files = new Map<string, string>();
  const io: PayrollImportIo = {
    readText: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
    now: new Date(NOW),
    user: 'operator',
  };
  const run = (argv: string[]) => runPayrollImportCommand(db, parsePayrollImportArgs(argv)!, io);

  beforeEach(async () => {
    db = await createTestDatabase();
    await seedDemoAt(db);
    nips = (await demoNips(db)).slice(0, 3);
    files.set('gaji.csv', longCsv(nips.map((nip, i) => makeSlip(nip, i))));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('imports and publishes in one go, audited as the operator', async () => {
    await linkIdentity(db, 'TELEGRAM', 'tg-1', nips[0]!);
    const result = await run(['gaji.csv', '--period', '2026-11', '--publish']);
    expect(result).toEqual({
      ok: true,
      lines: [
        'Impor slip gaji November 2026 berhasil: 3 slip, revisi 1, status PUBLISHED.',
        'Slip gaji November 2026 (revisi 1) diterbitkan; 1 pemberitahuan masuk antrean kirim.',
      ],
    });
    expect(await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-11', kind: 'GAJI' } } })).toMatchObject({ status: 'PUBLISHED', importedBy: 'cli:operator' });
    expect(await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.published' } })).toMatchObject({ actorType: 'SYSTEM', actorName: 'cli:operator', channel: 'CLI' });
  });

  it('prints every bad line and writes nothing', async () => {
    files.set('bad.csv', files.get('gaji.csv')!.replace(',264000,', ',26400O,'));
    const result = await run(['bad.csv', '--period', '2026-11', '--lang', 'en']);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      'Payslip import for November 2026 refused: 1 errors. No slip was saved.',
      'Line 4: "26400O" in column "amount" is not a whole rupiah amount (e.g. 4250300 or 4.250.300).',
    ]);
    expect(await db.prisma.payrollPeriod.count({ where: { period: '2026-11' } })).toBe(0);
  });

  it('checks only on a dry run, refuses a published month without --republish, and reads a wide mapping file', async () => {
    expect(await run(['gaji.csv', '--period', '2026-11', '--dry-run'])).toEqual({
      ok: true,
      lines: ['Pemeriksaan slip gaji November 2026 lolos: 3 slip siap diimpor (tidak ada yang disimpan).'],
    });
    expect(await db.prisma.payrollPeriod.count({ where: { period: '2026-11' } })).toBe(0);

    expect(await run(['gaji.csv', '--period', '2026-10'])).toEqual({
      ok: false,
      lines: ['Gaji periode 2026-10 sudah diterbitkan (revisi 1). Impor ulang hanya dengan opsi terbitkan ulang (republish).'],
    });

    files.set('wide.csv', `Nomor Induk;Gaji;Bersih\n${nips[0]};4.000.000;4.000.000\n`);
    files.set('map.json', JSON.stringify({ nipColumn: 'Nomor Induk', netColumn: 'Bersih', columns: { Gaji: { kind: 'EARNING', code: 'GP', label: 'Gaji pokok' } } }));
    const wide = await run(['wide.csv', '--period', '2026-09', '--mapping', 'map.json']);
    expect(wide).toEqual({ ok: true, lines: ['Impor slip gaji September 2026 berhasil: 1 slip, revisi 1, status DRAFT.'] });
  });

  it('says which file it cannot read or which mapping is wrong, without a stack trace', async () => {
    expect(await run(['missing.csv', '--period', '2026-11', '--lang', 'en'])).toEqual({ ok: false, lines: ['Cannot read missing.csv: no file missing.csv'] });
    files.set('map.json', JSON.stringify({ nipColumn: 'nip', columns: {} }));
    const result = await run(['gaji.csv', '--period', '2026-11', '--mapping', 'map.json', '--lang', 'en']);
    expect(result).toEqual({ ok: false, lines: [expect.stringMatching(/^The column mapping map.json is not valid: netColumn: /)] });
    expect(await db.prisma.payrollPeriod.count({ where: { period: '2026-11' } })).toBe(0);
  });
});
