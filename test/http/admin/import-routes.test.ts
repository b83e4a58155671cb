import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('admin import routes', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminTestApp();
  });
  afterAll(() => t.close());

  it('POST /admin/imports/org-units takes CSV; a dry run writes nothing', async () => {
    const csv = 'code,name,parentCode\nUPT1,UPT Satu,BKPSDM\n';
    const dry = await t.call('POST', '/admin/imports/org-units?dryRun=true', { csv });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      summary: { created: 1, updated: 0, deactivated: 0, removed: 0, unchanged: 0 },
      changes: [{ line: 2, key: 'UPT1', action: 'create' }],
    });
    expect(await t.db.prisma.orgUnit.count({ where: { code: 'UPT1' } })).toBe(0);
    const done = await t.call('POST', '/admin/imports/org-units', { csv });
    expect(done.json()).toMatchObject({ dryRun: false, summary: { created: 1 } });
    expect(await t.db.prisma.orgUnit.count({ where: { code: 'UPT1' } })).toBe(1);
  });

  it('POST /admin/imports/employees takes JSON rows and answers 422 with every bad line, in English or Indonesian', async () => {
    const rows = [
      { nip: '199001012020011001', name: 'A', kind: 'PNS', rank: 'III/a', position: 'Staf', unitCode: 'UPT1', serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'P' },
      { nip: '1990', name: 'B', kind: 'PNS', rank: 'III/a', position: 'Staf', unitCode: 'UPT1', serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'X' },
    ];
    const response = await t.call('POST', '/admin/imports/employees', { body: rows });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ code: 'admin.import.rejected', message: 'Import refused: 2 errors. Nothing was changed.', errorCount: 2 });
    expect(body.errors.map((e: { line: number; message: string }) => e.message)).toEqual([
      expect.stringMatching(/^Line 2: nip is not valid: must be 18 digits/),
      expect.stringMatching(/^Line 2: gender is not valid/),
    ]);
    const indonesian = await t.call('POST', '/admin/imports/employees', { body: { rows }, headers: { 'accept-language': 'id-ID,id;q=0.9' } });
    expect(indonesian.json().message).toBe('Impor ditolak: 2 kesalahan. Tidak ada data yang diubah.');
    expect(await t.db.prisma.employee.count({ where: { nip: '199001012020011001' } })).toBe(0);
  });

  it('POST /admin/imports/holidays needs a year; pre-fill works without a body', async () => {
    const missing = await t.call('POST', '/admin/imports/holidays?prefillNational=true', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'error.validation', message: expect.stringContaining('query.year') });
    const response = await t.call('POST', '/admin/imports/holidays?year=2029&prefillNational=true&dryRun=true');
    expect(response.statusCode).toBe(200);
    expect(response.json().summary.created).toBeGreaterThan(10);
  });

  it('POST /admin/imports/leave-balances imports CSV', async () => {
    const employee = await t.db.prisma.employee.findFirstOrThrow({ where: { supervisorId: { not: null } } });
    const response = await t.call('POST', '/admin/imports/leave-balances', { csv: `nip,year,entitled,carriedOver,used\n${employee.nip},2027,12,3,0` });
    expect(response.json()).toMatchObject({ summary: { created: 1 } });
  });

  it('refuses a bad query value with 400 naming it, and a body that is not rows', async () => {
    const badFlag = await t.call('POST', '/admin/imports/employees?dryRun=maybe', { body: [] });
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().message).toContain('query.dryRun');
    const badBody = await t.call('POST', '/admin/imports/employees', { body: { employees: [] } });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().code).toBe('error.validation');
  });
});
