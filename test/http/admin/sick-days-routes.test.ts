import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('POST /admin/leave-requests/:ref/sick-days', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ref: string;
  const url = () => `/admin/leave-requests/${ref}/sick-days`;
  const letter = { fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4\n% surat dokter\n').toString('base64') };
  const balance = () =>
    t.db.prisma.leaveBalance.findUniqueOrThrow({ where: { employeeId_year_typeCode: { employeeId: people.employee.id, year: 2026, typeCode: 'CT' } } });

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    const submitted = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CT', start: '2026-12-07', end: '2026-12-11', reason: 'Urusan keluarga', address: 'Jl. Ahmad Yani 1, Serang' },
    });
    ref = submitted.json().ref;
    await t.db.prisma.leaveRequest.update({ where: { ref }, data: { status: 'APPROVED' } });
    const row = await balance();
    await t.db.prisma.leaveBalance.update({ where: { id: row.id }, data: { reserved: row.reserved - 5, used: row.used + 5 } });
    t.clock.set('2026-12-10T01:00:00Z');
  });
  afterAll(() => t.close());

  it('turns Tue 8 - Wed 9 Dec into sick leave with the letter and gives the 2 annual days back, audited with the HR officer', async () => {
    const before = await balance();
    const response = await t.call('POST', url(), { body: { start: '2026-12-08', end: '2026-12-09', reason: 'Demam tinggi', letter } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ daysBack: 2, sick: { typeCode: 'CS', status: 'APPROVED', days: 2, documentCount: 1 }, annual: { ref, days: 3 } });
    expect((await balance()).used).toBe(before.used - 2);
    const sickRef = response.json().sick.ref as string;
    const document = await t.db.prisma.leaveDocument.findFirstOrThrow({ where: { request: { ref: sickRef } } });
    expect(document).toMatchObject({ fileName: 'surat-dokter.pdf', mimeType: 'application/pdf' });
    expect(await t.db.prisma.auditLog.findFirst({ where: { action: 'leave.converted_to_sick' } })).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id });
  });

  it('refuses days already converted, a file of another type, bad input, an unknown request, no token and a token without the scope', async () => {
    expect((await t.call('POST', url(), { body: { start: '2026-12-09', end: '2026-12-09', reason: 'Demam', letter } })).json().code).toBe('leave.convert_overlap');
    const exe = { ...letter, mimeType: 'application/x-msdownload' };
    expect((await t.call('POST', url(), { body: { start: '2026-12-10', end: '2026-12-10', reason: 'Demam', letter: exe } })).json().code).toBe('leave.document_file_invalid');
    expect((await t.call('POST', url(), { body: { start: '2026-12-10', end: '2026-12-10', reason: 'Demam', letter: { ...letter, contentBase64: 'not base64!' } } })).statusCode).toBe(400);
    expect((await t.call('POST', url(), { body: { start: '10-12-2026', end: '2026-12-10', reason: 'Demam', letter } })).statusCode).toBe(400);
    expect((await t.call('POST', url(), { body: { start: '2026-12-10', end: '2026-12-10', reason: 'Demam' } })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/leave-requests/CT-2026-999999/sick-days', { body: { start: '2026-12-10', end: '2026-12-10', reason: 'Demam', letter } })).statusCode).toBe(404);
    const body = { start: '2026-12-10', end: '2026-12-10', reason: 'Demam', letter };
    expect((await t.app.inject({ method: 'POST', url: url(), payload: body })).statusCode).toBe(401);
    const reader = await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['read'], nip: t.owner.nip });
    expect((await t.app.inject({ method: 'POST', url: url(), headers: { authorization: `Bearer ${reader.token}` }, payload: body })).statusCode).toBe(403);
    expect(await t.db.prisma.leaveRequest.count({ where: { typeCode: 'CS' } })).toBe(1);
  });
});
