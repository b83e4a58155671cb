import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { adminApi } from '../../../src/http/admin/admin-module';
import { buildApp } from '../../../src/http/build-app';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: admin API tokens (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  const tokenCount = () => t.db.prisma.adminToken.count();

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the tokens with owner, scopes, dates, last use and state', async () => {
    const old = await makeAdminToken(t.db, { now: new Date('2026-11-01T00:00:00Z'), nip: people.hr.nip, scopes: ['read', 'ops'], name: 'skrip laporan' });
    await t.db.prisma.adminToken.update({ where: { id: old.id }, data: { lastUsedAt: new Date('2026-11-20T02:00:00Z') } });
    const page = await t.get('/hr/tokens', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<td>skrip laporan</td>');
    expect(page.body).toContain('<td>read, ops</td>');
    expect(page.body).toContain(`${people.hr.name}<br><span class="muted">${people.hr.nip}</span>`);
    expect(page.body).toContain('<span class="ok">aktif</span>');
    expect(page.body).toContain(`action="/hr/tokens/${old.id}/revoke"`);
    expect(page.body).toContain(`name="ownerNip" inputmode="numeric" pattern="\\d{18}" required value="${people.hr.nip}"`);
    expect(page.body).not.toContain(old.token);
    expect((await t.get('/hr/tokens?lang=en', hr.cookie)).body).toContain('Admin API tokens');
  });

  it('makes a token with the ticked scopes, shows its secret once, audited with the officer; the token works on the admin API', async () => {
    const made = await t.post('/hr/tokens', { csrf: hr.csrf, name: 'laptop BKPSDM', ownerNip: people.hr.nip, days: '30', 'scope-read': '1', 'scope-settings': '1' }, hr.cookie);
    expect(made.statusCode).toBe(201);
    expect(made.headers['cache-control']).toBe('no-store');
    const secret = /id="secret-value" readonly value="(sapa_[^"]+)"/.exec(made.body)?.[1];
    expect(secret).toBeDefined();
    const row = await t.db.prisma.adminToken.findFirstOrThrow({ where: { name: 'laptop BKPSDM' } });
    expect(row).toMatchObject({ scopes: 'read,settings', ownerId: people.hr.id, revokedAt: null });
    expect(row.expiresAt?.toISOString()).toBe('2026-12-27T03:00:00.000Z');
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'admin_token.created', entityId: String(row.id) } }))
      .toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE' });
    const again = await t.get('/hr/tokens', hr.cookie);
    expect(again.body).toContain('<td>laptop BKPSDM</td>');
    expect(again.body).not.toContain(secret!);

    const app = await buildApp({ db: t.db, routes: adminApi({ db: t.db, clock: t.clock, paperwork: { ...loadConfig({}) }, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }) });
    try {
      const whoami = await app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${secret!}` } });
      expect(whoami.statusCode).toBe(200);
      expect(whoami.json()).toMatchObject({ scopes: ['read', 'settings'] });

      // Revoked from the console: refused by the API at once, audited with the officer.
      const revoked = await t.post(`/hr/tokens/${row.id}/revoke`, { csrf: hr.csrf }, hr.cookie);
      expect(revoked.statusCode).toBe(303);
      expect(revoked.headers.location).toBe(`/hr/tokens?revoked=${row.id}`);
      expect((await app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${secret!}` } })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
    expect(await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'admin_token.revoked', entityId: String(row.id) } }))
      .toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, channel: 'CONSOLE' });
    const listed = await t.get(`/hr/tokens?revoked=${row.id}`, hr.cookie);
    expect(listed.body).toContain(`Token ${row.id} dicabut`);
    expect(listed.body).not.toContain(`action="/hr/tokens/${row.id}/revoke"`);
    expect((await t.post(`/hr/tokens/${row.id}/revoke`, { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(404);
  });

  it('refuses bad input with the reason and the form as typed, and makes nothing', async () => {
    const before = await tokenCount();
    const base = { csrf: hr.csrf, name: 'x', ownerNip: people.hr.nip, days: '30', 'scope-read': '1' };
    const noScope = await t.post('/hr/tokens', { csrf: hr.csrf, name: 'x', ownerNip: people.hr.nip, days: '30' }, hr.cookie);
    expect(noScope.statusCode).toBe(400);
    expect(noScope.body).toContain('Pilih sedikitnya satu cakupan.');
    const notHr = await t.post('/hr/tokens', { ...base, ownerNip: people.supervisor.nip }, hr.cookie);
    expect(notHr.statusCode).toBe(400);
    expect(notHr.body).toContain(`Pegawai ${people.supervisor.nip} bukan petugas SDM`);
    expect(notHr.body).toContain(`value="${people.supervisor.nip}"`);
    expect((await t.post('/hr/tokens', { ...base, ownerNip: '199001012020011999' }, hr.cookie)).body).toContain('Tidak ada pegawai dengan NIP 199001012020011999.');
    expect((await t.post('/hr/tokens', { ...base, ownerNip: '123' }, hr.cookie)).statusCode).toBe(400);
    for (const days of ['0', '366', 'abc', '']) {
      const refused = await t.post('/hr/tokens', { ...base, days }, hr.cookie);
      expect(refused.statusCode, days).toBe(400);
      expect(refused.body).toContain('Masa berlaku harus 1 sampai 365 hari.');
    }
    expect((await t.post('/hr/tokens', { ...base, 'scope-root': '1' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.post('/hr/tokens', { ...base, 'scope-read': 'yes' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.post('/hr/tokens/999999/revoke', { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(404);
    expect((await t.post('/hr/tokens/abc/revoke', { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(400);
    expect(await tokenCount()).toBe(before);
  });

  it('is refused to a supervisor (403), without a session (401) and without the CSRF token (403)', async () => {
    const live = await makeAdminToken(t.db, { now: t.clock.now(), nip: people.hr.nip, scopes: ['read'], name: 'tetap' });
    const supervisor = await t.signIn(people.supervisor.id);
    const before = await tokenCount();
    expect((await t.get('/hr/tokens', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/tokens', { csrf: supervisor.csrf, ownerNip: people.hr.nip, days: '30', 'scope-read': '1' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post(`/hr/tokens/${live.id}/revoke`, { csrf: supervisor.csrf }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/tokens"');
    expect((await t.get('/hr', hr.cookie)).body).toContain('href="/hr/tokens"');
    expect((await t.get('/hr/tokens')).statusCode).toBe(401);
    expect((await t.post('/hr/tokens', { ownerNip: people.hr.nip, days: '30', 'scope-read': '1' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post(`/hr/tokens/${live.id}/revoke`, { csrf: 'wrong' }, hr.cookie)).statusCode).toBe(403);
    expect(await tokenCount()).toBe(before);
    expect((await t.db.prisma.adminToken.findUniqueOrThrow({ where: { id: live.id } })).revokedAt).toBeNull();
  });
});
