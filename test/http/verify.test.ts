import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/build-app';
import { verifyRoutes } from '../../src/http/routes/verify';
import { demoPeople } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { importMonth, longCsv, makeSlip, seedDemoAt } from '../services/payslips/payroll-fixtures';

describe.each(testProviders)('GET /verify/:code on %s', (provider) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let employee: { id: number; nip: string; name: string };
  let code: string;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    ({ employee } = await demoPeople(db));
    ({ verificationCode: code } = await db.prisma.payslip.findFirstOrThrow({
      where: { employeeId: employee.id, period: { period: '2026-10' } },
      select: { verificationCode: true },
    }));
    app = await buildApp({ db, routes: [verifyRoutes({ db })], rateLimits: false });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const masked = () => `${employee.nip.slice(0, 4)}${'*'.repeat(10)}${employee.nip.slice(-4)}`;

  it('confirms an issued slip: whose (masked NIP) and which month, no amounts', async () => {
    const response = await app.inject({ method: 'GET', url: `/verify/${code}` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      valid: true,
      verificationCode: code,
      employee: { name: employee.name, maskedNip: masked() },
      period: '2026-10',
      periodLabel: 'Oktober 2026',
      message: `Slip gaji dengan kode ${code} asli: diterbitkan untuk ${employee.name} (NIP ${masked()}), periode Oktober 2026.`,
    });
    expect(response.body).not.toContain(employee.nip);
    expect(response.body).not.toMatch(/Rp|net|earnings|\d{6,}/i);
  });

  it('reads the code leniently: case, dashes, I/L for 1 and O for 0', async () => {
    const typed = code.replaceAll('-', ' ').toLowerCase().replaceAll('1', 'l').replaceAll('0', 'o');
    const response = await app.inject({ method: 'GET', url: `/verify/${encodeURIComponent(typed)}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ verificationCode: code });
  });

  it('answers 404 with { code, message } for an unknown code', async () => {
    const unknown = code.startsWith('Z') ? 'YYYY-YYYY-YY' : 'ZZZZ-ZZZZ-ZZ';
    const response = await app.inject({ method: 'GET', url: `/verify/${unknown}` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'payslip.verify.not_found', message: `Verification code ${unknown} is unknown. Check the code on the slip.` });
  });

  it('answers 400 for something that cannot be a code', async () => {
    for (const bad of ['abc', 'ABCD-EFGH-JKU', 'x'.repeat(100)]) {
      const response = await app.inject({ method: 'GET', url: `/verify/${bad}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'payslip.verify.malformed' });
    }
  });

  it('does not confirm a slip of a month that is not published', async () => {
    await importMonth(db, { text: longCsv([makeSlip(employee.nip)]) });
    const draft = await db.prisma.payslip.findFirstOrThrow({ where: { period: { period: '2026-11' } }, select: { verificationCode: true } });
    const response = await app.inject({ method: 'GET', url: `/verify/${draft.verificationCode}` });
    expect(response.statusCode).toBe(404);
  });

  it('shows browsers a small page, in English when they prefer it, escaping what it prints', async () => {
    await db.prisma.employee.update({ where: { id: employee.id }, data: { name: 'Siti <b>Rahma</b>' } });
    const page = await app.inject({ method: 'GET', url: `/verify/${code}`, headers: { accept: 'text/html,application/xhtml+xml', 'accept-language': 'en-US,en;q=0.9' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<title>Payslip verification</title>');
    expect(page.body).toContain(`is genuine: issued to Siti &lt;b&gt;Rahma&lt;/b&gt; (NIP ${masked()}) for October 2026.`);

    const missing = await app.inject({ method: 'GET', url: '/verify/ZZZZ-ZZZZ-Z0', headers: { accept: 'text/html' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Kode verifikasi ZZZZ-ZZZZ-Z0 tidak dikenal');
  });
});
