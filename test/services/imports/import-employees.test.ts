import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { employeesImport, importEmployees } from '../../../src/services/imports/employees/import-employees';
import { runImport } from '../../../src/services/imports/run-import';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { demoPeople, makeAdminActor } from '../../support/factories';
import { testProviders } from '../../support/test-database';

const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });
const HEADER = 'nip;name;kind;rank;position;unitCode;supervisorNip;serviceStart;birthDate;gender';

const nip = (n: number) => `19900101202001${String(10_000 + n).slice(-4)}`;
const row = (n: number, supervisor = '', unit = 'SEKRET') =>
  `${nip(n)};Pegawai ${n};PNS;III/a;Analis;${unit};${supervisor};2020-01-01;1990-01-01;L`;
const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('importEmployees', () => {
  let t: AdminTestApp;
  beforeEach(async () => {
    t = await adminTestApp();
  });
  afterEach(() => t.close());

  it('creates employees whose supervisors come from the same file', async () => {
    const outcome = await importEmployees(t.db, csvOf(row(1), row(2, nip(1)), row(3, nip(2))), { dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true, summary: { created: 3, updated: 0, deactivated: 0 } });
    const third = await t.db.prisma.employee.findUniqueOrThrow({
      where: { nip: nip(3) },
      select: { supervisor: { select: { nip: true } }, gender: true, role: true, active: true },
    });
    expect(third).toEqual({ supervisor: { nip: nip(2) }, gender: 'M', role: 'EMPLOYEE', active: true });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'import.employees' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: actor.employeeId, actorName: actor.name });
  });

  it('updates only the columns the file has and reports the changed fields', async () => {
    const { employee } = await demoPeople(t.db);
    const before = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id }, include: { unit: true } });
    const otherUnit = before.unit.code === 'MUTASI' ? 'BANGKOM' : 'MUTASI';
    const csv = ['nip,name,kind,rank,position,unitCode,serviceStart,birthDate,gender',
      `${before.nip},${before.name},${before.kind},IV/a,${before.position},${otherUnit},${before.serviceStart},${before.birthDate},${before.gender}`].join('\n');
    const outcome = await importEmployees(t.db, csv, { dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true, summary: { updated: 1, created: 0 } });
    if (outcome.ok) expect(outcome.changes).toEqual([{ line: 2, key: before.nip, action: 'update', fields: ['unitCode', 'rank'] }]);
    const after = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id } });
    expect(after).toMatchObject({ rank: 'IV/a', phone: before.phone, supervisorId: before.supervisorId });
  });

  it('records a PPPK contract renewal: the contract in force starts on awal_kontrak (its length counts from there)', async () => {
    const csv = ['nip;nama;jenis;pangkat;jabatan;unit;tmt;awal_kontrak;akhir_kontrak;tanggal_lahir;jenis_kelamin',
      `${nip(7)};Pegawai 7;PPPK;IX;Penata;SEKRET;2022-07-01;2026-07-01;2028-06-30;1990-01-01;P`].join('\n');
    expect(await importEmployees(t.db, csv, { dryRun: false, actor })).toMatchObject({ ok: true, summary: { created: 1 } });
    const pppk = await t.db.prisma.employee.findUniqueOrThrow({ where: { nip: nip(7) }, select: { serviceStart: true, contractStart: true, contractEnd: true } });
    expect(pppk).toEqual({ serviceStart: '2022-07-01', contractStart: '2026-07-01', contractEnd: '2028-06-30' });
  });

  it('reports an unchanged file as unchanged', async () => {
    const { employee } = await demoPeople(t.db);
    const e = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id }, include: { unit: true } });
    const outcome = await importEmployees(
      t.db,
      [{ nip: e.nip, name: e.name, kind: e.kind, rank: e.rank, position: e.position, unitCode: e.unit.code, serviceStart: e.serviceStart, birthDate: e.birthDate, gender: e.gender }],
      { dryRun: false, actor },
    );
    expect(outcome).toMatchObject({ ok: true, summary: { unchanged: 1, updated: 0 }, changes: [] });
  });

  it('deactivates with active = false, but not someone who still supervises active staff', async () => {
    const { employee, supervisor } = await demoPeople(t.db);
    const e = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id }, include: { unit: true } });
    const s = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: supervisor.id }, include: { unit: true } });
    const line = (x: typeof e) => `${x.nip},${x.name},${x.kind},${x.rank},${x.position},${x.unit.code},${x.serviceStart},${x.birthDate},${x.gender},tidak`;
    const header = 'nip,name,kind,rank,position,unitCode,serviceStart,birthDate,gender,aktif';

    const refused = await importEmployees(t.db, [header, line(s)].join('\n'), { dryRun: false, actor });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((x) => x.code)).toContain('admin.import.still_supervises');

    const done = await importEmployees(t.db, [header, line(e)].join('\n'), { dryRun: false, actor });
    expect(done).toMatchObject({ ok: true, summary: { deactivated: 1 } });
    expect((await t.db.prisma.employee.findUniqueOrThrow({ where: { id: e.id } })).active).toBe(false);
  });

  it('refuses a supervisor cycle, naming every member, and writes nothing', async () => {
    const outcome = await importEmployees(t.db, csvOf(row(1, nip(3)), row(2, nip(1)), row(3, nip(2))), { dryRun: false, actor });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      {
        line: 2,
        code: 'admin.import.supervisor_cycle',
        params: { cycle: `Pegawai 1 (${nip(1)}) -> Pegawai 3 (${nip(3)}) -> Pegawai 2 (${nip(2)}) -> Pegawai 1 (${nip(1)})` },
      },
    ]);
    expect(await t.db.prisma.employee.count({ where: { nip: { in: [nip(1), nip(2), nip(3)] } } })).toBe(0);
  });

  it('refuses a cycle closed through an employee already in SAPA', async () => {
    const { supervisor, chief } = await demoPeople(t.db);
    const s = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: supervisor.id }, include: { unit: true } });
    // The chief gets a new supervisor who reports to the chief's own subordinate.
    const c = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: chief.id }, include: { unit: true } });
    const csv = csvOf(
      row(1, s.nip),
      `${c.nip};${c.name};${c.kind};${c.rank};${c.position};${c.unit.code};${nip(1)};${c.serviceStart};${c.birthDate};${c.gender}`,
    );
    const outcome = await importEmployees(t.db, csv, { dryRun: false, actor });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatchObject({ code: 'admin.import.supervisor_cycle' });
  });

  it('names unknown units and supervisors by line', async () => {
    const outcome = await importEmployees(t.db, csvOf(row(1, '', 'NOPE'), row(2, nip(99))), { dryRun: false, actor });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'admin.import.unknown_unit'],
      [3, 'admin.import.unknown_supervisor'],
    ]);
  });

  it('a dry run reports the changes and writes nothing', async () => {
    const outcome = await importEmployees(t.db, csvOf(row(1), row(2, nip(1))), { dryRun: true, actor });
    expect(outcome).toMatchObject({ ok: true, dryRun: true, summary: { created: 2 } });
    expect(await t.db.prisma.employee.count({ where: { nip: { in: [nip(1), nip(2)] } } })).toBe(0);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'import.employees' } })).toBe(0);
  });

  it('links 300 new employees to supervisors in groups', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i + 1, i % 50 === 0 ? '' : nip(i - (i % 50) + 1)));
    const done = await importEmployees(t.db, csvOf(...rows), { dryRun: false, actor });
    expect(done).toMatchObject({ ok: true, summary: { created: 300 } });
    const last = await t.db.prisma.employee.findUniqueOrThrow({ where: { nip: nip(300) }, select: { supervisor: { select: { nip: true } } } });
    expect(last.supervisor?.nip).toBe(nip(251));
    expect(await t.db.prisma.employee.count({ where: { supervisor: { nip: nip(1) } } })).toBe(49);
  });
});

describe.each(testProviders)('importEmployees on %s', (provider) => {
  let t: AdminTestApp;
  beforeAll(async () => {
  t = await adminTestApp({ provider });
  });
  afterAll(() => t.close());

  it('5,000 rows with a bad row 4,000 leave the database unchanged; fixed, a dry run counts 5,000', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i + 1, i % 50 === 0 ? '' : nip(i - (i % 50) + 1)));
    const good = rows[3999]!;
    rows[3999] = good.replace(';1990-01-01;', ';1990-02-30;');
    const countBefore = await t.db.prisma.employee.count();
    const auditBefore = await t.db.prisma.auditLog.count();

    const refused = await importEmployees(t.db, csvOf(...rows), { dryRun: false, actor });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors).toEqual([expect.objectContaining({ line: 4001, code: 'admin.import.invalid_field', params: expect.objectContaining({ field: 'birthDate' }) })]);
    expect(await t.db.prisma.employee.count()).toBe(countBefore);
    expect(await t.db.prisma.auditLog.count()).toBe(auditBefore);

    rows[3999] = good;
    const dry = await importEmployees(t.db, csvOf(...rows), { dryRun: true, actor });
    expect(dry).toMatchObject({ ok: true, dryRun: true, summary: { created: 5000 } });
    expect(await t.db.prisma.employee.count()).toBe(countBefore);
  });

  it('a failure while writing rolls the whole import back', async () => {
    const countBefore = await t.db.prisma.employee.count();
    const failing = {
      ...employeesImport,
      apply: async (...args: Parameters<typeof employeesImport.apply>) => {
        await employeesImport.apply(...args);
        throw new Error('disk full');
      },
    };
    await expect(runImport(t.db, failing, csvOf(row(1), row(2, nip(1))), { dryRun: false, actor })).rejects.toThrow('disk full');
    expect(await t.db.prisma.employee.count()).toBe(countBefore);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'import.employees' } })).toBe(0);
  });
});
