import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { adminApi } from '../../../src/http/admin/admin-module';
import { buildApp } from '../../../src/http/build-app';
import { loadCityAuthoritySettings, saveCityAuthority } from '../../../src/services/settings/city-authority-settings';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

const EMPTY = { 'official-ANY': '', 'official-CT': '', 'official-CB': '', 'official-CS': '', 'official-CM': '', 'official-CAP': '', 'official-CLTN': '' };
const ROOT = 'Badan Kepegawaian dan Pengembangan SDM';
const NO_ABOVE = { 'above-CT': '', 'above-CB': '', 'above-CS': '', 'above-CM': '', 'above-CAP': '', 'above-CLTN': '', 'above-CBERSAMA': '' };

describe.each(testProviders)('HR console: organisation and authorized officials (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  const audits = () => t.db.prisma.auditLog.count({ where: { action: 'settings.unit_official_set' } });

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows the unit tree with heads and who decides each leave type (the city-wide official when no unit names one), and links to the substitutes', async () => {
    const page = await t.get('/hr/org', hr.cookie);
    expect(page.statusCode).toBe(200);
    for (const code of ['BKPSDM', 'SEKRET', 'MUTASI', 'BANGKOM']) expect(page.body).toContain(`href="/hr/org/${code}"`);
    expect(page.body).toContain(`${people.chief.name}<br><span class="muted">${people.chief.nip}</span>`);
    expect(page.body).toContain(`Pejabat berwenang seluruh kota (bila tidak ada unit yang menetapkan): ${people.chief.name} (${people.chief.nip})`);
    expect(page.body).toContain(`<li>CT: ${people.chief.name} <span class="muted">(pejabat seluruh kota)</span></li>`);
    expect(page.body).toContain('href="/hr/delegations"');
    expect((await t.get('/hr/org?lang=en', hr.cookie)).body).toContain('the city-wide official');
  });

  it('sets a unit\'s official for a type (only the changed type, audited with the officer); units below show it as inherited', async () => {
    const set = await t.post('/hr/org/BKPSDM/officials', { csrf: hr.csrf, ...EMPTY, 'official-CB': people.supervisor.nip }, hr.cookie);
    expect(set.statusCode).toBe(303);
    expect(set.headers.location).toBe('/hr/org/BKPSDM?saved=1');
    const rows = await t.db.prisma.unitOfficial.findMany({ select: { typeCode: true, officialId: true, unit: { select: { code: true } } } });
    expect(rows).toEqual([{ typeCode: 'CB', officialId: people.supervisor.id, unit: { code: 'BKPSDM' } }]);
    const audit = await t.db.prisma.auditLog.findMany({ where: { action: 'settings.unit_official_set' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE', entity: 'OrgUnit', entityId: 'BKPSDM' });
    expect(audit[0]!.data).toEqual({ type: 'CB', official: people.supervisor.nip, previous: null });
    const root = await t.get('/hr/org/BKPSDM?saved=1', hr.cookie);
    expect(root.body).toContain('Pejabat berwenang disimpan.');
    expect(root.body).toContain(`name="official-CB" inputmode="numeric" pattern="\\d{18}" placeholder="mewarisi" value="${people.supervisor.nip}"`);
    expect(root.body).toContain(`${people.supervisor.name} <span class="muted">(ditetapkan unit ini)</span>`);
    const child = await t.get('/hr/org/MUTASI', hr.cookie);
    expect(child.body).toContain(`${people.supervisor.name} <span class="muted">(warisan dari ${ROOT})</span>`);
    expect(child.body).toContain(`<a href="/hr/org/BKPSDM">${ROOT}</a>`);

    // The unit's own, then cleared again: the row goes, the removal is audited too.
    expect((await t.post('/hr/org/MUTASI/officials', { csrf: hr.csrf, ...EMPTY, 'official-CB': people.employee.nip }, hr.cookie)).statusCode).toBe(303);
    expect((await t.get('/hr/org/MUTASI', hr.cookie)).body).toContain(`${people.employee.name} <span class="muted">(ditetapkan unit ini)</span>`);
    expect((await t.post('/hr/org/MUTASI/officials', { csrf: hr.csrf, ...EMPTY }, hr.cookie)).statusCode).toBe(303);
    expect(await t.db.prisma.unitOfficial.count({ where: { unit: { code: 'MUTASI' } } })).toBe(0);
    expect((await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.unit_official_set', entityId: 'MUTASI' }, orderBy: { id: 'desc' } })).data).toEqual({ type: 'CB', official: null, previous: people.employee.nip });
    expect(await audits()).toBe(3);

    // Sending the form unchanged changes and audits nothing.
    const same = await t.post('/hr/org/BKPSDM/officials', { csrf: hr.csrf, ...EMPTY, 'official-CB': people.supervisor.nip }, hr.cookie);
    expect(same.statusCode).toBe(200);
    expect(same.body).toContain('Tidak ada yang berubah.');
    expect(await audits()).toBe(3);
  });

  it('shows a type the city sends above the agency as the city\'s setting', async () => {
    await t.db.prisma.$transaction((tx) => saveCityAuthority(tx, { settings: { aboveAgency: { CLTN: 'BKPSDM' }, grantor: 'Wali Kota' }, by: { actorType: 'SYSTEM', actorName: 'test' } }));
    const child = await t.get('/hr/org/SEKRET', hr.cookie);
    expect(child.body).toContain(`${people.chief.name} <span class="muted">(pengaturan kota: kepala ${ROOT})</span>`);
  });

  it("edits the city's authority settings (types decided above the agency head, who grants the power), audited with the officer, and says what is now in force", async () => {
    const authorityAudits = () => t.db.prisma.auditLog.count({ where: { action: 'settings.authority_saved' } });
    const before = await authorityAudits();
    const page = await t.get('/hr/org', hr.cookie);
    expect(page.body).toContain('Kewenangan cuti seluruh kota');
    expect(page.body).toContain('<option value="BKPSDM" selected>kepala BKPSDM · Badan Kepegawaian');
    expect(page.body).toContain('name="grantor" required minlength="3" maxlength="100" value="Wali Kota"');

    const saved = await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CB': 'SEKRET', 'above-CLTN': 'BKPSDM', grantor: 'Wali Kota Contoh' }, hr.cookie);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/hr/org?authority=1#authority');
    expect(await t.db.prisma.$transaction((tx) => loadCityAuthoritySettings(tx))).toEqual({ aboveAgency: { CB: 'SEKRET', CLTN: 'BKPSDM' }, grantor: 'Wali Kota Contoh' });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.authority_saved' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE', entity: 'PolicyValue' });
    expect(audit.data).toEqual({ previous: { aboveAgency: { CLTN: 'BKPSDM' }, grantor: 'Wali Kota' }, next: { aboveAgency: { CB: 'SEKRET', CLTN: 'BKPSDM' }, grantor: 'Wali Kota Contoh' } });
    const shown = await t.get('/hr/org?authority=1', hr.cookie);
    expect(shown.body).toContain('Kewenangan kota disimpan. Di atas kepala perangkat daerah: Cuti Besar → kepala SEKRET, Cuti di Luar Tanggungan Negara → kepala BKPSDM. Pemberi kewenangan: Wali Kota Contoh.');
    expect(shown.body).toMatch(/<select id="above-CB" name="above-CB">.*<option value="SEKRET" selected>/);

    // The same form again changes and audits nothing; clearing every type is said plainly.
    const same = await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CB': 'SEKRET', 'above-CLTN': 'BKPSDM', grantor: 'Wali Kota Contoh' }, hr.cookie);
    expect(same.statusCode).toBe(200);
    expect(same.body).toContain('Tidak ada yang berubah.');
    expect(await authorityAudits()).toBe(before + 1);
    expect((await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, grantor: 'Wali Kota' }, hr.cookie)).statusCode).toBe(303);
    expect((await t.get('/hr/org?authority=1&lang=en', hr.cookie)).body).toContain('Above the agency head: none (the agency head decides every type). Granted by: Wali Kota.');
    expect(await authorityAudits()).toBe(before + 2);
  });

  it("refuses a bad authority form (unknown unit, unknown leave type, a short grantor) with the reason, and saves nothing", async () => {
    const stored = () => t.db.prisma.$transaction((tx) => loadCityAuthoritySettings(tx));
    const before = { settings: await stored(), audits: await t.db.prisma.auditLog.count({ where: { action: 'settings.authority_saved' } }) };
    const unknown = await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CB': 'NOPE', grantor: 'Wali Kota' }, hr.cookie);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Unit NOPE tidak dikenal.');
    expect(unknown.body).toContain('<option value="NOPE" selected>NOPE</option>');
    const malformed = await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CM': '<SETDA>', grantor: 'Wali Kota' }, hr.cookie);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('Unit &lt;SETDA&gt; tidak dikenal.');
    const short = await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CB': 'SEKRET', grantor: 'WK' }, hr.cookie);
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Pemberi kewenangan harus 3 sampai 100 karakter.');
    expect(short.body).toContain('value="WK"');
    expect((await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-XYZ': 'SEKRET', grantor: 'Wali Kota' }, hr.cookie)).statusCode).toBe(400);
    const { 'above-CB': _dropped, ...missing } = NO_ABOVE;
    expect((await t.post('/hr/org/authority', { csrf: hr.csrf, ...missing, grantor: 'Wali Kota' }, hr.cookie)).statusCode).toBe(400);
    expect(await stored()).toEqual(before.settings);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'settings.authority_saved' } })).toBe(before.audits);
  });

  it('refuses bad input with the reason and the form as typed, and changes nothing', async () => {
    const before = await audits();
    const short = await t.post('/hr/org/SEKRET/officials', { csrf: hr.csrf, ...EMPTY, 'official-CT': '12345' }, hr.cookie);
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('NIP harus 18 angka: official-CT');
    expect(short.body).toContain('value="12345"');
    const nobody = await t.post('/hr/org/SEKRET/officials', { csrf: hr.csrf, ...EMPTY, 'official-CT': '199001012020011999' }, hr.cookie);
    expect(nobody.statusCode).toBe(400);
    expect(nobody.body).toContain('Pegawai aktif dengan NIP 199001012020011999 tidak ditemukan.');
    expect((await t.post('/hr/org/NOPE/officials', { csrf: hr.csrf, ...EMPTY, 'official-CT': people.employee.nip }, hr.cookie)).statusCode).toBe(404);
    expect((await t.get('/hr/org/NOPE', hr.cookie)).statusCode).toBe(404);
    expect((await t.post('/hr/org/SEKRET/officials', { csrf: hr.csrf, ...EMPTY, 'official-CBERSAMA': people.employee.nip }, hr.cookie)).statusCode).toBe(400);
    const { 'official-CT': _dropped, ...missing } = EMPTY;
    expect((await t.post('/hr/org/SEKRET/officials', { csrf: hr.csrf, ...missing }, hr.cookie)).statusCode).toBe(400);
    expect(await audits()).toBe(before);
    expect(await t.db.prisma.unitOfficial.count({ where: { unit: { code: 'SEKRET' } } })).toBe(0);
  });

  it('is refused to a supervisor (403), without a session (401) and without the CSRF token (403)', async () => {
    const supervisor = await t.signIn(people.supervisor.id);
    const before = await audits();
    expect((await t.get('/hr/org', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr/org/MUTASI', supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/org/MUTASI/officials', { csrf: supervisor.csrf, ...EMPTY, 'official-CT': people.supervisor.nip }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.get('/hr', supervisor.cookie)).body).not.toContain('href="/hr/org"');
    expect((await t.get('/hr/org')).statusCode).toBe(401);
    expect((await t.post('/hr/org/MUTASI/officials', { ...EMPTY, 'official-CT': people.supervisor.nip }, hr.cookie)).statusCode).toBe(403);
    expect(await audits()).toBe(before);
    const settings = await t.db.prisma.$transaction((tx) => loadCityAuthoritySettings(tx));
    expect((await t.post('/hr/org/authority', { csrf: supervisor.csrf, ...NO_ABOVE, 'above-CB': 'SEKRET', grantor: 'Wali Kota' }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/org/authority', { ...NO_ABOVE, 'above-CB': 'SEKRET', grantor: 'Wali Kota' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CB': 'SEKRET', grantor: 'Wali Kota' })).statusCode).toBe(401);
    expect(await t.db.prisma.$transaction((tx) => loadCityAuthoritySettings(tx))).toEqual(settings);
  });

  it('sets officials through the same service as POST /admin/org-units/:code/officials: the API reads what the console wrote', async () => {
    const app = await buildApp({ db: t.db, routes: adminApi({ db: t.db, clock: t.clock, paperwork: { ...loadConfig({}) }, refusalDelayMs: 0, tokenListMaxAgeMs: 0 }) });
    try {
      const token = await makeAdminToken(t.db, { now: t.clock.now(), nip: people.hr.nip, scopes: ['read', 'settings'] });
      const api = await app.inject({ method: 'GET', url: '/admin/org-units/BKPSDM/officials', headers: { authorization: `Bearer ${token.token}` } });
      expect(api.json()).toMatchObject({ items: [{ type: 'CB', official: { nip: people.supervisor.nip }, updatedBy: people.hr.name }] });
      const set = await app.inject({ method: 'POST', url: '/admin/org-units/BKPSDM/officials', headers: { authorization: `Bearer ${token.token}` }, payload: { officials: [{ type: '*', nip: people.chief.nip }] } });
      expect(set.statusCode).toBe(200);
      // The city's authority: the API reads what the console saved, and the console shows what the API saved.
      await t.post('/hr/org/authority', { csrf: hr.csrf, ...NO_ABOVE, 'above-CAP': 'BKPSDM', grantor: 'Wali Kota' }, hr.cookie);
      const read = await app.inject({ method: 'GET', url: '/admin/settings/authority', headers: { authorization: `Bearer ${token.token}` } });
      expect(read.json()).toEqual({ aboveAgency: { CAP: 'BKPSDM' }, grantor: 'Wali Kota' });
      const unknownType = await app.inject({ method: 'POST', url: '/admin/settings/authority', headers: { authorization: `Bearer ${token.token}` }, payload: { aboveAgency: { XYZ: 'BKPSDM' } } });
      expect(unknownType.statusCode).toBe(400);
      const unknownUnit = await app.inject({ method: 'POST', url: '/admin/settings/authority', headers: { authorization: `Bearer ${token.token}` }, payload: { aboveAgency: { CB: 'NOPE' } } });
      expect(unknownUnit.statusCode).toBe(400);
      expect((await app.inject({ method: 'POST', url: '/admin/settings/authority', headers: { authorization: `Bearer ${token.token}` }, payload: { aboveAgency: { CS: 'SEKRET' }, grantor: 'Sekretaris Daerah' } })).statusCode).toBe(200);
      const org = await t.get('/hr/org', hr.cookie);
      expect(org.body).toMatch(/<select id="above-CS" name="above-CS">.*<option value="SEKRET" selected>/);
      expect(org.body).toContain('value="Sekretaris Daerah"');
      const page = await t.get('/hr/org/BKPSDM', hr.cookie);
      expect(page.body).toContain(`name="official-ANY" inputmode="numeric" pattern="\\d{18}" placeholder="mewarisi" value="${people.chief.nip}"`);
    } finally {
      await app.close();
    }
  });
});
