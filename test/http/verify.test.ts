import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/domain/format';
import { buildApp } from '../../src/http/build-app';
import { defaultPublicRateLimits, publicLimitFor } from '../../src/http/public-rate-limits';
import { verifyRoutes } from '../../src/http/routes/verify';
import { demoPeople } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { importMonth, longCsv, makeSlip, seedDemoAt } from '../services/payslips/payroll-fixtures';

describe.each(testProviders)('/verify/:code on %s', (provider) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let employee: { id: number; nip: string; name: string; birthDate: string };
  let code: string;
  let net: number;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    ({ employee } = await demoPeople(db));
    ({ verificationCode: code, net } = await db.prisma.payslip.findFirstOrThrow({
      where: { employeeId: employee.id, period: { period: '2026-10' } },
      select: { verificationCode: true, net: true },
    }));
    app = await buildApp({ db, routes: [verifyRoutes({ db })], rateLimits: false });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const masked = () => employee.name.split(' ').map((w) => w[0] + '*'.repeat(w.length - 1)).join(' ');
  const check = (typed: string, options: { lang?: string; html?: boolean; form?: boolean } = {}) =>
    app.inject({
      method: 'POST',
      url: `/verify/${code}${options.lang ? `?lang=${options.lang}` : ''}`,
      ...(options.form
        ? { payload: new URLSearchParams({ net: typed }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.html ? { accept: 'text/html' } : {}) } }
        : { payload: { net: typed }, headers: options.html ? { accept: 'text/html' } : {} }),
    });

  describe('GET: was a slip with this code issued', () => {
    it('names the month and a masked name: no NIP, no birth date, no amount', async () => {
      const response = await app.inject({ method: 'GET', url: `/verify/${code}` });

      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        valid: true,
        verificationCode: code,
        employee: { maskedName: masked() },
        period: '2026-10',
        periodLabel: 'Oktober 2026',
        message: `Kode ${code} terdaftar: slip gaji periode Oktober 2026 untuk ${masked()}. Untuk memastikan isinya tidak diubah, ketik gaji bersih yang tertera di slip.`,
      });
      expect(response.body).not.toContain(employee.name);
      // Nothing NIP-derived: neither its birth-date head nor the birth year.
      expect(response.body).not.toContain(employee.nip.slice(0, 4));
      expect(response.body).not.toContain(employee.birthDate.slice(0, 4));
      expect(response.body).not.toMatch(/Rp|\d{5,}/);
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

    it('answers 400 for something that cannot be a code, or a language it does not speak', async () => {
      for (const bad of ['abc', 'ABCD-EFGH-JKU', 'x'.repeat(100)]) {
        const response = await app.inject({ method: 'GET', url: `/verify/${bad}` });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ code: 'payslip.verify.malformed' });
      }
      const lang = await app.inject({ method: 'GET', url: `/verify/${code}?lang=fr` });
      expect(lang.statusCode).toBe(400);
      expect(lang.json()).toMatchObject({ code: 'error.validation' });
    });

    it('does not confirm a slip of a month that is not published', async () => {
      await importMonth(db, { text: longCsv([makeSlip(employee.nip)]) });
      const draft = await db.prisma.payslip.findFirstOrThrow({ where: { period: { period: '2026-11' } }, select: { verificationCode: true } });
      expect((await app.inject({ method: 'GET', url: `/verify/${draft.verificationCode}` })).statusCode).toBe(404);
      const checked = await app.inject({ method: 'POST', url: `/verify/${draft.verificationCode}`, payload: { net: '1.000' } });
      expect(checked.statusCode).toBe(404);
    });

    it('shows browsers a page with the net-pay form, Indonesian by default, English by link or browser, escaping what it prints', async () => {
      const page = await app.inject({ method: 'GET', url: `/verify/${code}`, headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('<html lang="id">');
      expect(page.body).toContain(`<form method="post" action="/verify/${code}?lang=id">`);
      expect(page.body).toContain('name="net"');
      expect(page.body).toContain(`<a href="/verify/${code}?lang=en"`);

      const english = await app.inject({ method: 'GET', url: `/verify/${code}?lang=en`, headers: { accept: 'text/html' } });
      expect(english.body).toContain('<title>Payslip verification</title>');
      expect(english.body).toContain(`action="/verify/${code}?lang=en"`);
      expect(english.body).toContain('Net pay printed on the slip');

      await db.prisma.employee.update({ where: { id: employee.id }, data: { name: 'Siti <b>Rahma</b>' } });
      try {
        const preferred = await app.inject({ method: 'GET', url: `/verify/${code}`, headers: { accept: 'text/html', 'accept-language': 'en-US,en;q=0.9' } });
        expect(preferred.body).toContain('<html lang="en">');
        expect(preferred.body).toContain('the payslip for October 2026 of S*** &lt;b&gt;*****&lt;/*&gt;.');
        expect(preferred.body).not.toContain('<b>');
      } finally {
        await db.prisma.employee.update({ where: { id: employee.id }, data: { name: employee.name } });
      }

      const missing = await app.inject({ method: 'GET', url: '/verify/ZZZZ-ZZZZ-Z0', headers: { accept: 'text/html' } });
      expect(missing.statusCode).toBe(404);
      expect(missing.body).toContain('Kode verifikasi ZZZZ-ZZZZ-Z0 tidak dikenal');
      expect(missing.body).not.toContain('<form');
    });
  });

  describe('POST: does the net pay printed on the slip match', () => {
    it('answers match for the issued net pay, however it is typed', async () => {
      const dotted = formatRupiah(net).replace('Rp ', '');
      for (const typed of [dotted, `Rp ${dotted}`, `Rp${dotted},00`, String(net), `${dotted},-`]) {
        const response = await check(typed);
        expect(response.statusCode, typed).toBe(200);
        expect(response.json(), typed).toEqual({
          verificationCode: code,
          period: '2026-10',
          periodLabel: 'Oktober 2026',
          match: true,
          message: `Cocok: slip gaji Oktober 2026 untuk ${masked()} dengan gaji bersih ${formatRupiah(net)} sama dengan yang diterbitkan.`,
        });
      }
    });

    it('answers no match for any other amount, without telling the right one', async () => {
      for (const wrong of [net + 1, net - 1000, net * 10, 0]) {
        const response = await check(formatRupiah(wrong));
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ match: false });
        expect(response.json<{ message: string }>().message).toBe(
          `Tidak cocok: gaji bersih ${formatRupiah(wrong)} berbeda dari yang diterbitkan untuk kode ${code}. Slip ini mungkin telah diubah; jangan diterima.`,
        );
        expect(response.body).not.toContain(formatRupiah(net));
        expect(response.body).not.toContain(String(net));
      }
    });

    it('takes the page form (urlencoded) and answers with the page, in the language asked', async () => {
      const yes = await check(formatRupiah(net), { form: true, html: true });
      expect(yes.statusCode).toBe(200);
      expect(yes.body).toContain('<p class="ok">Cocok: slip gaji Oktober 2026');
      expect(yes.body).toContain('<form method="post"');

      const no = await check(formatRupiah(net + 5), { form: true, html: true, lang: 'en' });
      expect(no.body).toContain('<html lang="en">');
      expect(no.body).toContain(`<p class="bad">No match: net pay ${formatRupiah(net + 5)} differs from what was issued for code ${code}.`);

      const json = await check(formatRupiah(net), { form: true });
      expect(json.json()).toMatchObject({ match: true });
    });

    it('answers 400 to an amount it cannot read, a missing or oversized field, or a bad code', async () => {
      for (const typed of ['empat juta', '4.25', `${net},50`]) {
        const response = await check(typed);
        expect(response.statusCode, typed).toBe(400);
        expect(response.json()).toEqual({
          code: 'payslip.verify.net_malformed',
          message: 'That amount cannot be read. Type the net pay as printed on the slip, e.g. 4.250.300 or Rp 4.250.300.',
        });
      }
      const page = await check('empat juta', { form: true, html: true });
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('<p class="bad">Jumlah itu tidak terbaca.');
      expect(page.body).toContain('<form method="post"');

      for (const payload of [{}, { net: '' }, { net: '   ' }, { net: '1'.repeat(41) }, { net: 4250300 }]) {
        const response = await app.inject({ method: 'POST', url: `/verify/${code}`, payload });
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(response.json()).toMatchObject({ code: 'error.validation' });
      }
      const tooBig = await app.inject({
        method: 'POST',
        url: `/verify/${code}`,
        payload: `net=${'1'.repeat(2000)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(tooBig.statusCode).toBe(413);
      const badCode = await app.inject({ method: 'POST', url: '/verify/abc', payload: { net: '1.000' } });
      expect(badCode.json()).toMatchObject({ code: 'payslip.verify.malformed' });
    });
  });

  it('limits each address, the amount check tighter than the page', async () => {
    const page = publicLimitFor('/verify/:code', defaultPublicRateLimits, 'GET')!;
    const amount = publicLimitFor('/verify/:code', defaultPublicRateLimits, 'POST')!;
    expect(amount.max / amount.timeWindowMs).toBeLessThan(page.max / page.timeWindowMs);

    const limited = await buildApp({ db, routes: [verifyRoutes({ db })] });
    try {
      const post = (ip: string) => limited.inject({ method: 'POST', url: `/verify/${code}`, payload: { net: '1.000' }, remoteAddress: ip });
      for (let i = 0; i < amount.max; i += 1) expect((await post('10.0.0.1')).statusCode).toBe(200);
      const refused = await post('10.0.0.1');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'error.rate_limited' });
      expect((await post('10.0.0.2')).statusCode).toBe(200);
      // The page itself counts on its own.
      expect((await limited.inject({ method: 'GET', url: `/verify/${code}`, remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
