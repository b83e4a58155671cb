import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdminScope } from '../../../src/services/admin/admin-scopes';
import { revokeAdminToken } from '../../../src/services/admin/revoke-admin-token';
import { makeAdminToken } from '../../support/factories';
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

  /** A token of the test app's HR owner with these scopes (and days). */
  const tokenWith = (scopes: AdminScope[], days = 90) => makeAdminToken(t.db, { now: t.clock.now(), nip: t.owner.nip, scopes, days });
  const whoami = (token: string) => t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${token}` } });

  it('names the token owner, scopes and expiry, records the last use and audits the call as the owner', async () => {
    const response = await t.call('GET', '/admin/whoami');
    expect(response.statusCode).toBe(200);
    const row = await t.db.prisma.adminToken.findFirstOrThrow({ where: { ownerId: t.owner.id }, orderBy: { id: 'asc' } });
    expect(response.json()).toEqual({
      tokenId: row.id,
      name: t.owner.name,
      nip: t.owner.nip,
      scopes: ['read', 'leave', 'profiles', 'settings', 'imports', 'payroll', 'link-codes', 'ops'],
      expiresAt: '2027-02-25T03:00:00.000Z',
    });
    expect(row.lastUsedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(row.tokenHash).not.toContain(t.token);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'admin.request' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({
      actorType: 'HR_TOKEN', actorId: t.owner.id, actorName: t.owner.name, channel: 'ADMIN_API',
      entity: 'AdminApi', entityId: 'GET /admin/whoami', data: { tokenId: row.id },
    });
  });

  it('answers 403 naming the scope a route needs when the token lacks it, before reading an upload', async () => {
    const reader = await tokenWith(['read']);
    const as = (method: 'GET' | 'POST', url: string, payload?: string) =>
      t.app.inject({ method, url, headers: { authorization: `Bearer ${reader.token}`, ...(payload ? { 'content-type': 'text/csv' } : {}) }, ...(payload ? { payload } : {}) });
    expect((await as('GET', '/admin/employees?q=Sari')).statusCode).toBe(200);
    expect((await whoami(reader.token)).statusCode).toBe(200);
    const cases: Array<[method: 'GET' | 'POST', url: string, scope: string]> = [
      ['POST', '/admin/leave-requests', 'leave'],
      ['POST', '/admin/imports/employees', 'imports'],
      ['POST', '/admin/payroll/2026-11/publish', 'payroll'],
      ['POST', '/admin/employees/198001012005011001/link-code', 'link-codes'],
      ['GET', '/admin/outbox', 'ops'],
      ['GET', '/admin/outbox/queue', 'ops'],
    ];
    for (const [method, url, scope] of cases) {
      const response = await as(method, url, method === 'POST' ? 'nip\n1' : undefined);
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toEqual({ code: 'forbidden.missing_scope', message: `This token lacks the scope "${scope}" that this request needs.` });
    }
    const leaveOnly = await tokenWith(['leave']);
    const list = await t.app.inject({ method: 'GET', url: '/admin/leave-requests', headers: { authorization: `Bearer ${leaveOnly.token}` } });
    expect(list.statusCode).toBe(403);
    expect(list.json()).toMatchObject({ code: 'forbidden.missing_scope', message: expect.stringContaining('"read"') });
  });

  it('answers 401 auth.token_expired once a token is past its expiry, and counts it as a failure', async () => {
    const short = await tokenWith(['read'], 1);
    expect((await whoami(short.token)).statusCode).toBe(200);
    t.clock.advance(86_400_000);
    const expired = await whoami(short.token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ code: 'auth.token_expired', message: 'This token expired on 2026-11-28. Ask the SAPA operator for a new one.' });
    expect((await t.call('GET', '/admin/whoami')).statusCode).toBe(200);
  });

  it('answers 401 once the owner leaves or loses the HR role', async () => {
    const other = await makeAdminToken(t.db, { now: t.clock.now(), scopes: ['read'], nip: t.owner.nip });
    expect((await whoami(other.token)).statusCode).toBe(200);
    await t.db.prisma.employee.update({ where: { id: t.owner.id }, data: { role: 'EMPLOYEE' } });
    expect((await whoami(other.token)).statusCode).toBe(401);
    await t.db.prisma.employee.update({ where: { id: t.owner.id }, data: { role: 'HR', active: false } });
    expect((await whoami(other.token)).statusCode).toBe(401);
    await t.db.prisma.employee.update({ where: { id: t.owner.id }, data: { active: true } });
    expect((await whoami(other.token)).statusCode).toBe(200);
  });

  it('answers 401 once a token is revoked', async () => {
    const other = await tokenWith(['read']);
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
    const other = await tokenWith(['read']);
    const audits = await t.db.prisma.auditLog.count({ where: { action: 'admin.request' } });
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
    expect(await t.db.prisma.auditLog.count({ where: { action: 'admin.request' } })).toBe(audits + 3);
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
