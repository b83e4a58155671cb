import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longCsv, makeSlip, payrollJson } from '../../services/payslips/payroll-fixtures';
import { demoPeople, linkIdentity, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('admin payroll routes', () => {
  let t: AdminTestApp;
  let nips: string[];
  beforeAll(async () => {
    t = await adminTestApp();
    nips = (await t.db.prisma.employee.findMany({ select: { nip: true }, orderBy: { id: 'asc' }, take: 3 })).map((e) => e.nip);
  });
  afterAll(() => t.close());

  it('GET /admin/payroll lists the months with status, revision and slips', async () => {
    const response = await t.call('GET', '/admin/payroll');
    expect(response.statusCode).toBe(200);
    expect(response.json().periods).toEqual([
      expect.objectContaining({ period: '2026-10', status: 'PUBLISHED', revision: 1, slips: 40, importedBy: 'seed' }),
    ]);
  });

  it('imports CSV after a dry run, answers 422 with every bad line, 409 once published unless republish, and publishes', async () => {
    const csv = longCsv(nips.map((nip, i) => makeSlip(nip, i)));
    const dry = await t.call('POST', '/admin/payroll/2026-11/import?dryRun=true', { csv });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, slips: 3, lines: 9, revision: 1 });
    expect(await t.db.prisma.payrollPeriod.count({ where: { period: '2026-11' } })).toBe(0);

    const bad = await t.call('POST', '/admin/payroll/2026-11/import', { csv: csv.replaceAll(nips[1]!, '199901012020011999'), headers: { 'accept-language': 'id' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: 'payslip.import.rejected',
      message: 'Impor slip gaji 2026-11 ditolak: 1 kesalahan. Tidak ada slip yang disimpan.',
      errorCount: 1,
      errors: [{ line: 5, code: 'payslip.import.unknown_nip', message: 'Baris 5: NIP 199901012020011999 tidak terdaftar.' }],
    });

    const done = await t.call('POST', '/admin/payroll/2026-11/import', { csv });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ ok: true, dryRun: false, slips: 3, revision: 1 });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.imported' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id, actorName: t.owner.name, channel: 'ADMIN_API' });

    const { employee } = await demoPeople(t.db);
    await linkIdentity(t.db, 'TELEGRAM', 'tg-payroll', nips.includes(employee.nip) ? employee.nip : nips[0]!);
    const published = await t.call('POST', '/admin/payroll/2026-11/publish');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ period: '2026-11', kind: 'GAJI', revision: 1, alreadyPublished: false, notified: 1, slips: 3, awaitingSecondOfficer: false, requestedBy: null });

    const refused = await t.call('POST', '/admin/payroll/2026-11/import', { csv });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      code: 'conflict.payroll_published',
      message: 'Payroll 2026-11 is already published (revision 1). Import it again only with the republish option.',
    });
    const republished = await t.call('POST', '/admin/payroll/2026-11/import?republish=true', { csv });
    expect(republished.json()).toMatchObject({ ok: true, revision: 2, republished: true, replaced: 3 });
  });

  it('imports and publishes a TPP run for a month that already has its salary run, each on its own', async () => {
    const tppLines = (nip: string) => ({ nip, net: 1_250_000, lines: [{ kind: 'EARNING' as const, code: 'TPP', label: 'TPP', amount: 1_250_000 }] });
    const csv = longCsv(nips.slice(0, 2).map(tppLines));
    const imported = await t.call('POST', '/admin/payroll/2026-11/import?kind=TPP', { csv });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ ok: true, period: '2026-11', kind: 'TPP', revision: 1, slips: 2, replaced: 0, republished: false });

    const published = await t.call('POST', '/admin/payroll/2026-11/publish?kind=TPP');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ period: '2026-11', kind: 'TPP', revision: 1, alreadyPublished: false, slips: 2 });

    const listed = await t.call('GET', '/admin/payroll');
    expect(listed.json().periods.filter((p: { period: string }) => p.period === '2026-11')).toEqual([
      // The salary run as the test before left it (republished: DRAFT, revision 2), untouched by the TPP run.
      expect.objectContaining({ kind: 'GAJI', status: 'DRAFT', revision: 2, slips: 3 }),
      expect.objectContaining({ kind: 'TPP', status: 'PUBLISHED', slips: 2 }),
    ]);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.published', entityId: '2026-11 TPP' } });
    expect(audit).toMatchObject({ actorId: t.owner.id, channel: 'ADMIN_API' });
  });

  it('refuses an unknown slip kind with 400, importing and publishing nothing', async () => {
    const csv = longCsv(nips.map((nip, i) => makeSlip(nip, i)));
    const before = await t.db.prisma.payrollPeriod.count();
    const badImport = await t.call('POST', '/admin/payroll/2026-12/import?kind=BONUS', { csv });
    expect(badImport.statusCode).toBe(400);
    const badPublish = await t.call('POST', '/admin/payroll/2026-10/publish?kind=tpp13');
    expect(badPublish.statusCode).toBe(400);
    expect(await t.db.prisma.payrollPeriod.count()).toBe(before);
  });

  it('takes the payroll JSON document, and CSV with a column mapping for other column names', async () => {
    const json = await t.call('POST', '/admin/payroll/2026-09/import', { body: JSON.parse(payrollJson([makeSlip(nips[0]!)], '2026-09')) });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ ok: true, slips: 1, lines: 3 });

    const mapping = {
      nipColumn: 'NIP Pegawai',
      netColumn: 'Bersih',
      columns: { 'Gaji Pokok': { kind: 'EARNING', code: 'GAPOK', label: 'Gaji pokok' }, Potongan: { kind: 'DEDUCTION', code: 'POT', label: 'Potongan' } },
      ignoredColumns: ['Nama'],
    };
    const csv = `NIP Pegawai;Nama;Gaji Pokok;Potongan;Bersih\n${nips[0]};Ana;4.000.000;250.000;3.750.000\n`;
    const wide = await t.call('POST', '/admin/payroll/2026-08/import', { body: { csv, mapping } });
    expect(wide.statusCode).toBe(200);
    expect(wide.json()).toMatchObject({ ok: true, slips: 1, lines: 2, totals: { earnings: 4_000_000, deductions: 250_000, net: 3_750_000 } });
    const lines = await t.db.prisma.payslipLine.findMany({ where: { payslip: { period: { period: '2026-08' } } }, orderBy: { position: 'asc' } });
    expect(lines.map((l) => [l.code, l.amount])).toEqual([
      ['GAPOK', 4_000_000],
      ['POT', 250_000],
    ]);
  });

  it('refuses a document over 24 MB with 413 before reading it, importing nothing', async () => {
    const huge = `NIP;Kode;Uraian;Jenis;Jumlah\n${'x'.repeat(25 * 1_048_576)}`;
    const response = await t.call('POST', '/admin/payroll/2026-07/import', { csv: huge });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ code: 'http.fst_err_ctp_body_too_large', message: 'Request body is too large' });
    expect(await t.db.prisma.payrollPeriod.count({ where: { period: '2026-07' } })).toBe(0);
  });

  it('refuses a bad month, an unknown month to publish, and a call without a token', async () => {
    const badMonth = await t.call('POST', '/admin/payroll/2026-13/import', { csv: 'x' });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json()).toMatchObject({ code: 'error.validation', message: expect.stringContaining('params.period') });
    const unknown = await t.call('POST', '/admin/payroll/2030-01/publish');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ code: 'payslip.period.not_found', message: 'No payroll has been imported for 2030-01.' });
    const anonymous = await t.app.inject({ method: 'GET', url: '/admin/payroll' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    const importOp = doc.paths['/admin/payroll/{period}/import'].post;
    expect(Object.keys(importOp.requestBody.content)).toEqual(['text/csv', 'application/json']);
    expect(importOp.parameters.map((p: { name: string }) => p.name)).toEqual(['period', 'kind', 'format', 'dryRun', 'republish']);
    expect(importOp.responses['422'].content['application/json'].schema.properties.errors.type).toBe('array');
    expect(doc.paths['/admin/payroll/{period}/publish'].post).toBeDefined();
    expect(doc.paths['/admin/payroll'].get).toBeDefined();
  });
});

describe('admin payroll routes: the two-officer rule', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminTestApp();
  });
  afterAll(() => t.close());

  it('records the first officer\'s publish as a request, refuses the same officer confirming, and publishes when a different officer confirms', async () => {
    const nips = (await t.db.prisma.employee.findMany({ select: { nip: true }, orderBy: { id: 'asc' }, take: 2 })).map((e) => e.nip);
    expect((await t.call('POST', '/admin/payroll/2026-11/import', { csv: longCsv(nips.map((nip, i) => makeSlip(nip, i))) })).statusCode).toBe(200);
    expect((await t.call('GET', '/admin/payroll/publish-rule')).json()).toEqual({ secondOfficer: false });
    const saved = await t.call('POST', '/admin/payroll/publish-rule', { body: { secondOfficer: true } });
    expect(saved.statusCode).toBe(200);
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.payroll_publish_saved' } })).toMatchObject({ actorId: t.owner.id, channel: 'ADMIN_API' });
    const readOnly = await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['read', 'payroll'] });
    const noSettings = await t.app.inject({ method: 'POST', url: '/admin/payroll/publish-rule', headers: { authorization: `Bearer ${readOnly.token}` }, payload: { secondOfficer: false } });
    expect(noSettings.statusCode).toBe(403);

    const asked = await t.call('POST', '/admin/payroll/2026-11/publish');
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ alreadyPublished: false, awaitingSecondOfficer: true, notified: 0, requestedBy: null });
    expect(await t.db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-11', kind: 'GAJI' } } })).toMatchObject({ status: 'DRAFT', publishRequestedBy: t.owner.name, publishRequestedById: t.owner.id });
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.publish_requested' } })).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id, entityId: '2026-11' });

    // The same officer again, with another of their tokens: refused.
    const again = await t.app.inject({ method: 'POST', url: '/admin/payroll/2026-11/publish', headers: { authorization: `Bearer ${readOnly.token}` } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict.payroll_same_officer' });

    const second = await t.db.prisma.employee.findFirstOrThrow({ where: { role: 'EMPLOYEE', active: true, NOT: { id: t.owner.id } }, select: { id: true, nip: true, name: true } });
    await t.db.prisma.employee.update({ where: { id: second.id }, data: { role: 'HR' } });
    const other = await makeAdminToken(t.db, { now: t.clock.now(), nip: second.nip });
    await linkIdentity(t.db, 'TELEGRAM', 'tg-two-officers', nips[0]!);
    const confirmed = await t.app.inject({ method: 'POST', url: '/admin/payroll/2026-11/publish', headers: { authorization: `Bearer ${other.token}` } });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ alreadyPublished: false, awaitingSecondOfficer: false, requestedBy: t.owner.name, slips: 2 });
    expect(await t.db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-11', kind: 'GAJI' } } })).toMatchObject({ status: 'PUBLISHED', publishedBy: second.name });
    expect((await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.published', entityId: '2026-11' } })).data).toMatchObject({ requestedBy: t.owner.name });

    // Delivery and resending, as the console's run page does.
    const notice = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: 'payslip.published:2026-11:r1:' } } });
    const linked = 1;
    await t.db.prisma.outboxMessage.update({ where: { id: notice.id }, data: { status: 'DEAD', attempts: 8 } });
    const delivery = await t.call('GET', '/admin/payroll/2026-11/delivery');
    expect(delivery.statusCode).toBe(200);
    expect(delivery.json()).toEqual({ sent: 0, failed: linked, waiting: 0, notLinked: 1, slips: 2 });
    const resent = await t.call('POST', '/admin/payroll/2026-11/resend');
    expect(resent.json()).toEqual({ resent: linked });
    expect((await t.call('GET', '/admin/payroll/2026-11/delivery')).json()).toMatchObject({ failed: 0, waiting: linked });
    expect((await t.call('GET', '/admin/payroll/2027-01/delivery')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/admin/payroll/2026-11/resend', headers: { authorization: `Bearer ${(await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['read'] })).token}` } })).statusCode).toBe(403);
  });
  it('answers bad input to the publish rule, delivery and resend with 400 and changes nothing', async () => {
    const before = await t.call('GET', '/admin/payroll/publish-rule');
    for (const body of [{ secondOfficer: 'yes' }, { secondOfficer: null }, { secondOfficer: true, extra: 1 }]) {
      expect((await t.call('POST', '/admin/payroll/publish-rule', { body })).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await t.call('GET', '/admin/payroll/publish-rule')).json()).toEqual(before.json());
    expect((await t.call('GET', '/admin/payroll/2026-13/delivery')).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/payroll/2026-11/delivery?kind=BONUS')).statusCode).toBe(400);
    const dead = await t.db.prisma.outboxMessage.count({ where: { status: 'DEAD' } });
    expect((await t.call('POST', '/admin/payroll/november/resend')).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/payroll/2026-11/resend?kind=BONUS')).statusCode).toBe(400);
    expect(await t.db.prisma.outboxMessage.count({ where: { status: 'DEAD' } })).toBe(dead);
  });
});
