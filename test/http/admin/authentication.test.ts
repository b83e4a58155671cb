import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
