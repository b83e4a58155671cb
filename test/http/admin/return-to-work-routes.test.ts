import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('POST /admin/leave-requests/:ref/return-to-work', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ref: string;
  const url = () => `/admin/leave-requests/${ref}/return-to-work`;
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
    t.clock.set('2026-12-09T01:00:00Z');
  });
  afterAll(() => t.close());

  it('ends the leave the day before, gives 3 of 5 working days back, audited with the HR officer', async () => {
    const before = await balance();
    const response = await t.call('POST', url(), { body: { returnDay: '2026-12-09' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ daysBack: 3, request: { ref, end: '2026-12-08', days: 2, status: 'APPROVED' } });
    expect((await balance()).used).toBe(before.used - 3);
    expect(await t.db.prisma.auditLog.findFirst({ where: { action: 'leave.returned_early' } })).toMatchObject({ actorType: 'HR_TOKEN', actorId: t.owner.id });
  });

  it('refuses a day outside the leave, a malformed body, an unknown request, no token and a token without the leave scope', async () => {
    expect((await t.call('POST', url(), { body: { returnDay: '2026-12-10' } })).json().code).toBe('leave.return_day_outside');
    expect((await t.call('POST', url(), { body: { returnDay: '9-12-2026' } })).statusCode).toBe(400);
    expect((await t.call('POST', url(), { body: {} })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/leave-requests/CT-2026-999999/return-to-work', { body: { returnDay: '2026-12-09' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: url(), payload: { returnDay: '2026-12-08' } })).statusCode).toBe(401);
    const reader = await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['read'], nip: t.owner.nip });
    const forbidden = await t.app.inject({ method: 'POST', url: url(), headers: { authorization: `Bearer ${reader.token}` }, payload: { returnDay: '2026-12-08' } });
    expect(forbidden.statusCode).toBe(403);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'leave.returned_early' } })).toBe(1);
  });
});
