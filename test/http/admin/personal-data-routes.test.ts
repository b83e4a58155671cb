import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { pdfTexts } from '../../payslip/read-pdf';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('GET /admin/employees/:nip/personal-data', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
  });
  afterAll(() => t.close());

  const url = (nip: string, query = '') => `/admin/employees/${nip}/personal-data${query}`;

  it('answers the employee’s document as a PDF, their data and nobody else’s, and audits the export', async () => {
    const response = await t.call('GET', url(people.employee.nip));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="data-pribadi-2026-11-27.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = (await pdfTexts(response.rawPayload, '')).items.map((i) => i.text).join(' ');
    expect(text).toContain(people.employee.name);
    expect(text).toContain(people.employee.nip);
    expect(text).toContain('Data Pribadi yang Disimpan SAPA');
    expect(text).not.toContain(people.pppk.name);
    expect(text).not.toContain(people.pppk.nip);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'personal_data.exported', actorType: 'HR_TOKEN', actorId: t.owner.id, entityId: String(people.employee.id) } })).toBe(1);

    const english = await t.call('GET', url(people.employee.nip, '?lang=en'));
    expect((await pdfTexts(english.rawPayload, '')).items.map((i) => i.text).join(' ')).toContain('Personal Data Held by SAPA');
  });

  it('refuses without a token (401), without the read scope (403), bad input (400) and an unknown NIP (404), exporting nothing', async () => {
    const before = await t.db.prisma.auditLog.count({ where: { action: 'personal_data.exported' } });
    expect((await t.app.inject({ method: 'GET', url: url(people.employee.nip) })).statusCode).toBe(401);
    const { token } = await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['leave'] });
    const forbidden = await t.app.inject({ method: 'GET', url: url(people.employee.nip), headers: { authorization: `Bearer ${token}` } });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('forbidden.missing_scope');
    const badNip = await t.call('GET', url('12345'));
    expect(badNip.statusCode).toBe(400);
    expect(badNip.json().message).toContain('params.nip');
    const badLang = await t.call('GET', url(people.employee.nip, '?lang=fr'));
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().message).toContain('query.lang');
    expect((await t.call('GET', url('199901012020011999'))).statusCode).toBe(404);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'personal_data.exported' } })).toBe(before);
  });

  it('is documented in the OpenAPI document as a PDF needing the read scope', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    const operation = doc.paths['/admin/employees/{nip}/personal-data'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['application/pdf']);
    expect(operation.description).toContain('`read`');
  });

  it('allows 30 exports a minute per address (the calls above count), then 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await t.call('GET', url(people.pppk.nip))).statusCode);
    expect(statuses[0]).toBe(200);
    expect(statuses.at(-1)).toBe(429);
  });
});
