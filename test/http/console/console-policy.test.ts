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
  for (const m of form.matchAll(/<textarea id="f-[^"]+" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = m[2]!;
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
    expect(Object.keys(form)).toHaveLength(28);
    expect(form['reminders.remindAfterWorkingDays']).toBe('1\n3');
    expect(form['importantReasons.reasons']).toBe('FAMILY_ILLNESS\nFAMILY_DEATH\nFAMILY_ESTATE\nMARRIAGE\nSPOUSE_GIVING_BIRTH\nDISASTER');
    expect(page.body).toContain('Alasan penting yang diterima');
    expect(page.body).toContain('DISASTER (Musibah kebakaran atau bencana alam)');
    expect(page.body).toContain('Belum pernah diubah.');
    const english = await t.get('/hr/policy?lang=en', hr.cookie);
    expect(english.body).toContain('<caption>Annual leave</caption>');
    expect(english.body).toContain('See what changes');
    expect(english.body).toContain('Reminders to the approver after (working days waiting)');
    expect(english.body).toContain('LOCAL (Local day off)');
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
    expect(word.body).toContain('Nilai tidak valid: Cuti Besar: Pemberitahuan (hari kalender sebelum mulai)');
    expect(word.body).toContain('<span class="bad" id="f-types-CB-noticeDays-error">Isi jumlah hari dengan bilangan bulat.</span>');
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

  it('changes a list (reminder days, accepted reasons) after its dry run, then saves it audited with the officer', async () => {
    const current = (await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value;
    const auditsBefore = await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } });
    const form = {
      ...formOf((await t.get('/hr/policy', hr.cookie)).body),
      'reminders.remindAfterWorkingDays': '4\r\n1, 2\r\n\r\n2',
      'importantReasons.reasons': 'family_illness\nFAMILY_DEATH\nMARRIAGE',
    };
    const preview = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: '', ...form }, hr.cookie);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain(`Mengenai 4 unit dan ${activeEmployees} pegawai aktif.`);
    expect(preview.body).toContain('Pengingat ke pemutus setelah (hari kerja menunggu)</td><td>1, 3</td><td><strong>1, 2, 4</strong>');
    expect(preview.body).toContain('Cuti Karena Alasan Penting: Alasan penting yang diterima</td><td>FAMILY_ILLNESS, FAMILY_DEATH, FAMILY_ESTATE, MARRIAGE, SPOUSE_GIVING_BIRTH, DISASTER</td><td><strong>FAMILY_ILLNESS, FAMILY_DEATH, MARRIAGE</strong>');
    expect((await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value).toEqual(current);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(auditsBefore);

    const saved = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...formOf(preview.body) }, hr.cookie);
    expect(saved.statusCode).toBe(303);
    const stored = (await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value as Record<string, unknown>;
    expect(stored).toEqual({ ...(current as object), reminders: { remindAfterWorkingDays: [1, 2, 4] }, importantReasons: { reasons: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE'] } });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.leave_policy_saved' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE', entity: 'PolicyValue', entityId: 'leave' });
    expect((audit.data as { changes: unknown }).changes).toEqual([
      { path: 'importantReasons.reasons', from: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FAMILY_ESTATE', 'MARRIAGE', 'SPOUSE_GIVING_BIRTH', 'DISASTER'], to: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE'] },
      { path: 'reminders.remindAfterWorkingDays', from: [1, 3], to: [1, 2, 4] },
    ]);
    const page = await t.get('/hr/policy', hr.cookie);
    expect(formOf(page.body)['reminders.remindAfterWorkingDays']).toBe('1\n2\n4');
    expect(page.body).toContain('Pengingat ke pemutus setelah (hari kerja menunggu): 1, 3 → 1, 2, 4');
  });

  it('refuses a bad list with its reason next to the field, the rest of the form as typed, and saves nothing', async () => {
    const stored = (await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value;
    const auditsBefore = await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } });
    const form = { ...formOf((await t.get('/hr/policy', hr.cookie)).body), 'types.CT.noticeDays': '9' };
    const days = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'reminders.remindAfterWorkingDays': '1\n-2\nabc' }, hr.cookie);
    expect(days.statusCode).toBe(400);
    expect(days.body).toContain('<span class="bad" id="f-reminders-remindAfterWorkingDays-error">&quot;-2&quot; bukan jumlah hari: isi bilangan bulat 0 atau lebih.</span>');
    expect(days.body).toContain('aria-invalid="true" aria-describedby="f-reminders-remindAfterWorkingDays-hint f-reminders-remindAfterWorkingDays-error">1\n-2\nabc</textarea>');
    expect(days.body).toContain('Nilai tidak valid: Pengingat ke pemutus setelah (hari kerja menunggu)');
    expect(formOf(days.body)['types.CT.noticeDays']).toBe('9');
    const word = await t.post('/hr/policy/preview', { csrf: hr.csrf, unit: '', ...form, 'reminders.remindAfterWorkingDays': '1.5' }, hr.cookie);
    expect(word.statusCode).toBe(400);
    expect(word.body).toContain('&quot;1.5&quot; bukan jumlah hari');
    const kind = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'calendar.excludedHolidayKinds': 'NATIONAL\nLIBUR' }, hr.cookie);
    expect(kind.statusCode).toBe(400);
    expect(kind.body).toContain('<span class="bad" id="f-calendar-excludedHolidayKinds-error">&quot;LIBUR&quot; bukan kode yang dikenal. Kode: NATIONAL, CUTI_BERSAMA, LOCAL.</span>');
    const reason = await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'annual.pppkEarlyReasons': 'FAMILY_DEATH\nHOLIDAY' }, hr.cookie);
    expect(reason.statusCode).toBe(400);
    expect(reason.body).toContain('&quot;HOLIDAY&quot; bukan kode yang dikenal.');
    expect(reason.body).toContain('Cuti Tahunan</caption>');
    expect((await t.post('/hr/policy', { csrf: hr.csrf, unit: '', ...form, 'reminders.remindAfterWorkingDays': '1\n'.repeat(600) }, hr.cookie)).statusCode).toBe(400);
    expect((await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value).toEqual(stored);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(auditsBefore);
  });

  it('refuses a list change to a supervisor (403), saving nothing', async () => {
    const stored = (await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value;
    const auditsBefore = await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } });
    const form = { ...formOf((await t.get('/hr/policy', hr.cookie)).body), 'reminders.remindAfterWorkingDays': '2' };
    const supervisor = await t.signIn(people.supervisor.id);
    const preview = await t.post('/hr/policy/preview', { csrf: supervisor.csrf, unit: '', ...form }, supervisor.cookie);
    expect(preview.statusCode).toBe(403);
    expect(preview.body).not.toContain('Dampak perubahan');
    const save = await t.post('/hr/policy', { csrf: supervisor.csrf, unit: '', ...form }, supervisor.cookie);
    expect(save.statusCode).toBe(403);
    expect(save.body).toContain('Bagian ini hanya untuk petugas SDM.');
    expect((await t.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value).toEqual(stored);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.leave_policy_saved' } })).toBe(auditsBefore);
  });
});
