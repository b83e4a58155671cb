import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

describe('policy and settings through the admin API', () => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let units: Array<{ code: string; parentId: number | null }>;

  beforeAll(async () => {
    t = await adminTestApp();
    people = await demoPeople(t.db);
    units = await t.db.prisma.orgUnit.findMany({ select: { code: true, parentId: true }, orderBy: { id: 'asc' } });
  });
  afterAll(() => t.close());

  it('previews a unit override (what changes, for how many), saves it for that unit only, audited', async () => {
    const [one, other] = units.filter((u) => u.parentId !== null).map((u) => u.code);
    const body = { unit: one, overrides: { types: { CT: { noticeDays: 14 } } }, dryRun: true };
    const preview = await t.call('POST', '/admin/settings/leave-policy', { body });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ saved: false, changes: [{ path: 'types.CT.noticeDays', from: 7, to: 14 }], affected: { units: 1 } });
    expect(preview.json().affected.employees).toBeGreaterThan(0);
    expect((await t.call('GET', `/admin/settings/leave-policy?unit=${one}`)).json().effective.types.CT.noticeDays).toBe(7);

    expect((await t.call('POST', '/admin/settings/leave-policy', { body: { ...body, dryRun: false } })).json().saved).toBe(true);
    expect((await t.call('GET', `/admin/settings/leave-policy?unit=${one}`)).json().effective.types.CT.noticeDays).toBe(14);
    expect((await t.call('GET', `/admin/settings/leave-policy?unit=${other}`)).json().effective.types.CT.noticeDays).toBe(7);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved', actorId: t.owner.id } })).toBe(1);

    const invalid = await t.call('POST', '/admin/settings/leave-policy', { body: { overrides: { types: { CT: { noticeDayz: 3 } } } } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('leave.policy_invalid');
  });

  it('sets a unit’s official per type and the city’s authority settings, audited', async () => {
    const unit = units.find((u) => u.parentId !== null)!.code;
    const set = await t.call('POST', `/admin/org-units/${unit}/officials`, { body: { officials: [{ type: 'CB', nip: people.chief.nip }] } });
    expect(set.statusCode).toBe(200);
    expect(set.json().items).toEqual([expect.objectContaining({ type: 'CB', official: expect.objectContaining({ nip: people.chief.nip }) })]);
    expect((await t.call('GET', `/admin/org-units/${unit}/officials`)).json().items).toHaveLength(1);
    const root = units.find((u) => u.parentId === null)!.code;
    const saved = await t.call('POST', '/admin/settings/authority', { body: { aboveAgency: { CLTN: root }, grantor: 'Wali Kota Serang' } });
    expect(saved.json()).toEqual({ aboveAgency: { CLTN: root }, grantor: 'Wali Kota Serang' });
    expect((await t.call('GET', '/admin/settings/authority')).json().grantor).toBe('Wali Kota Serang');
    expect((await t.call('POST', '/admin/settings/authority', { body: { aboveAgency: { CLTN: 'NOPE' } } })).json().code).toBe('settings.unknown_unit');
    expect(await t.db.prisma.auditLog.count({ where: { action: { in: ['settings.unit_official_set', 'settings.authority_saved'] } } })).toBe(2);
  });

  it('adds and removes a holiday, audited', async () => {
    const added = await t.call('POST', '/admin/holidays', { body: { date: '2026-12-31', name: 'Libur daerah', kind: 'LOCAL' } });
    expect(added.statusCode).toBe(201);
    expect((await t.call('POST', '/admin/holidays', { body: { date: '2026-12-31', name: 'Libur daerah', kind: 'LOCAL' } })).statusCode).toBe(409);
    expect((await t.call('GET', '/admin/holidays?year=2026')).json().items).toContainEqual({ date: '2026-12-31', name: 'Libur daerah', kind: 'LOCAL' });
    expect((await t.call('POST', '/admin/holidays/remove', { body: { date: '2026-12-31', kind: 'LOCAL' } })).statusCode).toBe(200);
    expect(await t.db.prisma.auditLog.count({ where: { action: { in: ['settings.holiday_added', 'settings.holiday_removed'] } } })).toBe(2);
  });

  it('refuses no token, a token without the scope, and bad input', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/admin/settings/leave-policy' })).statusCode).toBe(401);
    const { token } = await makeAdminToken(t.db, { now: t.clock.now(), nip: t.owner.nip, scopes: ['read', 'leave'] });
    for (const [url, payload] of [
      ['/admin/settings/leave-policy', { overrides: {} }],
      ['/admin/settings/authority', {}],
      ['/admin/holidays', { date: '2026-12-30', name: 'Libur', kind: 'LOCAL' }],
      [`/admin/org-units/${units[0]!.code}/officials`, { officials: [{ type: '*', nip: null }] }],
    ] as const) {
      const response = await t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
      expect(response.statusCode, url).toBe(403);
    }
    expect((await t.call('POST', '/admin/settings/leave-policy', { body: { overrides: [] } })).statusCode).toBe(400);
    expect((await t.call('POST', '/admin/holidays', { body: { date: '31-12-2026', name: 'Libur', kind: 'LOCAL' } })).statusCode).toBe(400);
    expect((await t.call('POST', `/admin/org-units/${units[0]!.code}/officials`, { body: { officials: [{ type: 'XX', nip: null }] } })).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/holidays?year=nineteen')).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/org-units/NOPE/officials')).statusCode).toBe(404);
  });
});
