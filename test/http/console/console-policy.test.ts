import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { adminApi } from '../../../src/http/admin/admin-module';
import { buildApp } from '../../../src/http/build-app';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

/** The policy form as the page fills it: every input's value and every select's chosen option, by name. */
function formOf(body: string): Record<string, string> {
  const form = body.slice(body.indexOf('action="/hr/policy/preview"'));
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input id="f-[^"]+" name="([^"]+)" type="number"[^>]*value="([^"]*)"/g)) fields[m[1]!] = m[2]!;
  for (const m of form.matchAll(/<select id="f-[^"]+" name="([^"]+)">(.*?)<\/select>/gs)) fields[m[1]!] = /<option value="(\d)" selected>/.exec(m[2]!)![1]!;
  return fields;
}

describe.each(testProviders)('HR console: leave policy (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  let activeEmployees: number;

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
    activeEmployees = await t.db.prisma.employee.count({ where: { active: true } });
  }, 120_000);
  afterAll(() => t?.close());

  it('shows the local values per leave type with the regulation beside each, in Indonesian, and in English on request', async () => {
    const page = await t.get('/hr/policy', hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<caption>Cuti Tahunan</caption>');
    expect(page.body).toContain('Pemberitahuan (hari kalender sebelum mulai)');
    const form = formOf(page.body);
    expect(form['types.CT.noticeDays']).toBe('7');
    expect(form['types.CB.officialOverDays']).toBe('0');
    expect(form['types.CT.emergencyOverride']).toBe('1');
    expect(Object.keys(form)).toHaveLength(24);
    expect(page.body).toContain('Belum pernah diubah.');
    const english = await t.get('/hr/policy?lang=en', hr.cookie);
    expect(english.body).toContain('<caption>Annual leave</caption>');
    expect(english.body).toContain('See what changes');
  });

  it('shows the dry run of a change (what changes, for how many) without saving, then saves it audited with the officer', async () => {
    const form = { ...formOf((await t.get('/hr/policy', hr.cookie)).body), 'types.CT.noticeDays': '14', 'types.CS.officialOverDays': '' };
    const preview = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: '', ...form }, hr.cookie);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Dampak perubahan (belum disimpan)');
    expect(preview.body).toContain(`Mengenai 4 unit dan ${activeEmployees} pegawai aktif.`);
    expect(preview.body).toMatch(/Cuti Tahunan: Pemberitahuan \(hari kalender sebelum mulai\)<\/td><td>7<\/td><td><strong>14<\/strong>/);
    expect(preview.body).toMatch(/Cuti Sakit: Pejabat berwenang[^<]*<\/td><td>14<\/td><td><strong>tidak pernah<\/strong>/);
    expect(preview.body).toContain('formaction="/hr/policy"');
    expect(formOf(preview.body)['types.CT.noticeDays']).toBe('14');
    expect(await t.db.prisma.policyValue.count({ where: { key: 'leave' } })).toBe(0);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(0);

    const saved = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form }, hr.cookie);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/hr/policy?saved=1');
    expect((await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value).toEqual({ types: { CT: { noticeDays: 14 }, CS: { officialOverDays: null } } });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.leave_policy_saved' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE', entity: 'PolicyValue', entityId: 'leave' });
    const page = await t.get('/hr/policy?saved=1', hr.cookie);
    expect(page.body).toContain('Aturan cuti disimpan.');
    expect(page.body).toContain('diubah oleh kota');
    expect(page.body).toContain(`${people.hr.name} <span class="muted">(CONSOLE)</span>`);
    expect(page.body).toContain('Cuti Tahunan: Pemberitahuan (hari kalender sebelum mulai): 7 → 14');
    expect(formOf(page.body)['types.CT.noticeDays']).toBe('14');
  });

  it('sets a unit\'s own value over the city\'s, shown beside what it inherits; setting it back to the inherited value removes it', async () => {
    const page = await t.get('/hr/policy?unit=MUTASI', hr.cookie);
    expect(page.body).toContain('Aturan unit Bidang Mutasi dan Promosi (MUTASI)');
    expect(page.body).toContain('Dari kota / unit induk');
    const form = formOf(page.body);
    expect(form['types.CT.noticeDays']).toBe('14');
    const unitStaff = await t.db.prisma.employee.count({ where: { active: true, unit: { code: 'MUTASI' } } });
    const preview = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: 'MUTASI', ...form, 'types.CT.noticeDays': '3' }, hr.cookie);
    expect(preview.body).toContain(`Mengenai 1 unit dan ${unitStaff} pegawai aktif.`);
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: 'MUTASI', ...form, 'types.CT.noticeDays': '3' }, hr.cookie)).headers.location).toBe('/hr/policy?saved=1&unit=MUTASI');
    expect((await t.db.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'MUTASI' } })).leavePolicy).toEqual({ types: { CT: { noticeDays: 3 } } });
    const after = await t.get('/hr/policy?unit=MUTASI', hr.cookie);
    expect(after.body).toContain('diatur di unit ini');
    expect(formOf(after.body)['types.CT.noticeDays']).toBe('3');
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: 'MUTASI', ...form }, hr.cookie)).statusCode).toBe(303);
    expect((await t.db.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'MUTASI' } })).leavePolicy).toEqual({});
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved', entity: 'OrgUnit', entityId: 'MUTASI', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(2);
  });

  it('refuses bad values with the reason and the form as typed, and saves nothing', async () => {
    const form = formOf((await t.get('/hr/policy', hr.cookie)).body);
    const before = await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } });
    const word = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'types.CB.noticeDays': 'abc' }, hr.cookie);
    expect(word.statusCode).toBe(400);
    expect(word.body).toContain('Nilai tidak valid: types.CB.noticeDays');
    expect(word.body).toContain('value="abc"');
    const negative = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'types.CB.noticeDays': '-1' }, hr.cookie);
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('Pengaturan cuti instansi tidak valid: types.CB.noticeDays');
    const yesNo = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: '', ...form, 'annual.halfDayAllowed': 'maybe' }, hr.cookie);
    expect(yesNo.statusCode).toBe(400);
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: 'NOPE', ...form }, hr.cookie)).statusCode).toBe(404);
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, extra: '1' }, hr.cookie)).statusCode).toBe(400);
    const missing: Record<string, string> = { ...form };
    delete missing['types.CT.noticeDays'];
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...missing }, hr.cookie)).statusCode).toBe(400);
    expect((await t.get('/hr/policy?unit=NOPE', hr.cookie)).statusCode).toBe(404);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(before);
  });

  it('is refused to a supervisor (403), without a session (401) and without the CSRF token (403)', async () => {
    const form = formOf((await t.get('/hr/policy', hr.cookie)).body);
    const supervisor = await t.signIn(people.supervisor.id);
    const before = await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } });
    const denied = await t.get('/hr/policy', supervisor.cookie);
    expect(denied.statusCode).toBe(403);
    expect(denied.body).toContain('Bagian ini hanya untuk petugas SDM.');
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/policy"');
    expect((await t.get('/hr', hr.cookie)).body).toContain('href="/hr/policy"');
    expect((await t.post('/hr/policy', { csrf: supervisor.csrf, unit: '', ...form, 'types.CT.noticeDays': '1' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/policy/preview', { csrf: supervisor.csrf, unit: '', ...form }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr/policy')).statusCode).toBe(401);
    expect((await t.post('/hr/policy', { unit: '', ...form, 'types.CT.noticeDays': '1' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'types.CT.noticeDays': '1' }, hr.cookie, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(before);
  });

  it('previews through the same service as POST /admin/settings/leave-policy: the same changes and reach', async () => {
    const form = formOf((await t.get('/hr/policy', hr.cookie)).body);
    const preview = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: '', ...form, 'types.CLTN.noticeDays': '60' }, hr.cookie);
    const app = await buildApp({ db: t.db, routes: adminApi({ db: t.db, clock: t.clock, paperwork: { ...loadConfig({}) }, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }) });
    try {
      const token = await makeAdminToken(t.db, { now: t.clock.now(), nip: people.hr.nip, scopes: ['settings'] });
      const current = (await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value as { types: Record<string, unknown> };
      const api = await app.inject({
        method: 'POST', url: '/admin/settings/leave-policy', headers: { authorization: `Bearer ${token.token}` },
        payload: { overrides: { ...current, types: { ...current.types, CLTN: { noticeDays: 60 } } }, dryRun: true },
      });
      expect(api.statusCode).toBe(200);
      const body = api.json() as { changes: Array<{ path: string; from: unknown; to: unknown }>; affected: { units: number; employees: number } };
      expect(body.changes).toEqual([{ path: 'types.CLTN.noticeDays', from: 30, to: 60 }]);
      expect(preview.body).toContain(`Mengenai ${body.affected.units} unit dan ${body.affected.employees} pegawai aktif.`);
      expect(preview.body).toMatch(/Cuti di Luar Tanggungan Negara: Pemberitahuan[^<]*<\/td><td>30<\/td><td><strong>60<\/strong>/);
    } finally {
      await app.close();
    }
  });
});
