import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { revokeAdminToken } from '../../../src/services/admin/revoke-admin-token';
import { createAdminToken } from '../../../src/services/admin/create-admin-token';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('admin API authentication', () => {
  let t: AdminTestApp;
  beforeAll(async () => {
    t = await adminTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 { code, message } without a token, with a malformed header, or with an unknown token', async () => {
    for (const authorization of [undefined, 'Basic abc', 'Bearer', `Bearer ${t.token}x`]) {
      const response = await t.app.inject({ method: 'GET', url: '/admin/whoami', headers: authorization ? { authorization } : {} });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'error.unauthorized', message: 'Access denied.' });
      expect(response.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('refuses an unauthenticated import before reading its body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/admin/imports/employees', payload: 'nip\n1', headers: { 'content-type': 'text/csv' } });
    expect(response.statusCode).toBe(401);
  });

  it('names the token holder, records the last use and audits the call', async () => {
    const response = await t.call('GET', '/admin/whoami');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Rina (BKPSDM)' });
    const token = await t.db.prisma.adminToken.findFirstOrThrow({ where: { name: 'Rina (BKPSDM)' } });
    expect(token.lastUsedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(token.tokenHash).not.toContain(t.token);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'admin.request' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorName: 'Rina (BKPSDM)', entity: 'AdminApi', entityId: 'GET /admin/whoami' });
  });

  it('answers 401 once a token is revoked', async () => {
    const other = await t.db.prisma.$transaction((tx) => createAdminToken(tx, { name: 'Budi', now: t.clock.now() }));
    const asOther = () => t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${other.token}` } });
    expect((await asOther()).statusCode).toBe(200);
    expect(await t.db.prisma.$transaction((tx) => revokeAdminToken(tx, { id: other.id, now: t.clock.now() }))).toBe(true);
    expect((await asOther()).statusCode).toBe(401);
    expect(await t.db.prisma.$transaction((tx) => revokeAdminToken(tx, { id: other.id, now: t.clock.now() }))).toBe(false);
  });

  it('looks a token up without opening a transaction and writes nothing for a failed attempt', async () => {
    const transactions = vi.spyOn(t.db.prisma, '$transaction');
    const audits = await t.db.prisma.auditLog.count();
    const bogus = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer bogus-${i}` }, remoteAddress: '10.9.0.1' }),
      ),
    );
    expect(bogus.map((r) => r.statusCode)).toEqual(Array(10).fill(401));
    expect(await t.db.prisma.auditLog.count()).toBe(audits);
    expect((await t.call('GET', '/admin/whoami')).statusCode).toBe(200);
    expect(transactions).not.toHaveBeenCalled();
    transactions.mockRestore();
  });

  it('turns an address away with 429 after 20 failed authentications, for five minutes, even with a good token', async () => {
    const from = (ip: string, token: string) =>
      t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${token}` }, remoteAddress: ip });
    for (let i = 0; i < 20; i += 1) expect((await from('10.9.0.2', `wrong-${i}`)).statusCode).toBe(401);
    const blocked = await from('10.9.0.2', t.token);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({ code: 'error.rate_limited', message: 'Too many requests. Try again in 300 seconds.' });
    expect(blocked.headers['retry-after']).toBe('300');
    expect((await from('10.9.0.3', t.token)).statusCode).toBe(200);
    t.clock.advance(5 * 60_000);
    expect((await from('10.9.0.2', t.token)).statusCode).toBe(200);
  });

  it('writes the last use at most once a minute, and audits every call', async () => {
    const other = await t.db.prisma.$transaction((tx) => createAdminToken(tx, { name: 'Sari', now: t.clock.now() }));
    const asOther = () => t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${other.token}` } });
    const lastUsed = async () => (await t.db.prisma.adminToken.findUniqueOrThrow({ where: { id: other.id } })).lastUsedAt?.toISOString();
    const first = t.clock.now().toISOString();
    expect((await asOther()).statusCode).toBe(200);
    t.clock.advance(30_000);
    expect((await asOther()).statusCode).toBe(200);
    expect(await lastUsed()).toBe(first);
    t.clock.advance(30_000);
    expect((await asOther()).statusCode).toBe(200);
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
    expect(await t.db.prisma.auditLog.count({ where: { action: 'admin.request', actorName: 'Sari' } })).toBe(3);
  });
});

describe('admin API refusals', () => {
  it('are held before they are answered (half to one and a half times the delay), a good token is not', async () => {
    const t = await adminTestApp({ refusalDelayMs: 200 });
    try {
      const timed = async (authorization: string) => {
        const started = performance.now();
        const response = await t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization } });
        return { status: response.statusCode, ms: performance.now() - started };
      };
      const refused = await timed('Bearer wrong');
      expect(refused.status).toBe(401);
      expect(refused.ms).toBeGreaterThanOrEqual(99);
      const accepted = await timed(`Bearer ${t.token}`);
      expect(accepted.status).toBe(200);
      expect(accepted.ms).toBeLessThan(refused.ms);
    } finally {
      await t.close();
    }
  });
});
