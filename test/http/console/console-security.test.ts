import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../../src/i18n/messages';
import { supervisedUnitIds } from '../../../src/services/console/console-access';
import { createConsoleLink } from '../../../src/services/console/console-link';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp, cookieOf, csrfOf } from './console-test-app';

/** Console routes anyone may call: signing in, the script, the signed-out page. */
const PUBLIC_ROUTES = ['GET /hr/login/:token', 'POST /hr/login', 'GET /hr/static/htmx.min.js', 'GET /hr/signed-out'];

/**
 * What a supervisor may use, and what limits it to them; every other console
 * route is HR's alone and must refuse a supervisor (403, a console page in
 * the section's words) before it reads the form. A new route is HR-only
 * unless it is added here.
 */
const SUPERVISOR_ROUTES: Readonly<Record<string, string>> = {
  'GET /hr': 'the dashboard of their own units',
  'GET /hr/requests': 'their units\' requests',
  'GET /hr/requests/:ref': 'a request of their units (404 otherwise)',
  'GET /hr/requests/:ref/documents/:documentId': 'a document of a request of their units',
  'GET /hr/requests/:ref/:paper': 'the papers of a request of their units',
  'POST /hr/requests/:ref/decide': 'the step they are the approver of',
  'GET /hr/calendar': 'their units\' calendar',
  'GET /hr/people': 'the people of their units',
  'GET /hr/people/:nip': 'a person of their units',
  'GET /hr/delegations': 'the delegations naming them',
  'POST /hr/delegations': 'a substitute for themselves only',
  'POST /hr/delegations/:id/end': 'ending their own delegation',
  'GET /hr/sessions': 'their own sessions',
  'POST /hr/sessions/:id/end': 'ending their own session',
  'POST /hr/logout': 'signing out',
};

/** A value for each path parameter of the console's routes, shaped as its route expects. */
const PARAM_SAMPLES: Readonly<Record<string, string>> = { nip: '199001012015011001', id: '1', documentId: '1', paper: 'form.pdf', code: 'MUTASI', month: '2026-11', kind: 'GAJI' };

/** The console's refusals of a supervisor, one per section, in Bahasa Indonesia. */
const HR_ONLY_REFUSALS = Object.entries(catalog).filter(([key]) => key.startsWith('forbidden.console_')).map(([, text]) => text.id);

const fillParams = (url: string, ref: string) => url.replace(/:(\w+)/g, (_m, name: string) => (name === 'ref' ? ref : PARAM_SAMPLES[name] ?? '1'));

describe.each(testProviders)('HR console security (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ownRef: string;
  let otherRef: string;

  const submit = (employeeId: number, name: string, start: string, end: string) =>
    t.db.prisma.$transaction((tx) =>
      submitLeave(tx, { clock: t.clock }, {
        employeeId, actor: { type: 'EMPLOYEE', employeeId, name, channel: 'TELEGRAM' },
        typeCode: 'CT', start, end, reason: 'urusan keluarga', address: 'Jl. Veteran 5, Serang',
      }));

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    ownRef = (await submit(people.employee.id, people.employee.name, '2026-12-07', '2026-12-08')).ref;
    const units = await t.db.prisma.$transaction((tx) => supervisedUnitIds(tx, people.supervisor.id));
    const stranger = people.all.find((e) => !units.includes(e.unitId) && e.supervisorId !== null && e.supervisorId !== people.supervisor.id && e.id !== people.supervisor.id && e.role === 'EMPLOYEE')!;
    otherRef = (await submit(stranger.id, 'x', '2026-12-09', '2026-12-10')).ref;
  }, 120_000);
  afterAll(() => t?.close());

  /** Every GET and POST route the console registered, as "METHOD /url/:template". */
  const consoleRoutesOf = () => [...new Set(t.routes.filter((r) => r.method === 'GET' || r.method === 'POST').map((r) => `${r.method} ${r.url}`))];
  const send = (route: string, cookie?: string, csrf = 'x') => {
    const [method, url] = route.split(' ') as ['GET' | 'POST', string];
    return method === 'GET' ? t.get(fillParams(url, ownRef), cookie) : t.post(fillParams(url, ownRef), { csrf, decision: 'APPROVE' }, cookie);
  };

  it('answers no page and no action it registers without a session, or with a made-up cookie (401 and how to sign in)', async () => {
    const routes = consoleRoutesOf();
    expect(routes.filter((r) => r.startsWith('POST ')).length).toBeGreaterThanOrEqual(12);
    for (const named of [...PUBLIC_ROUTES, ...Object.keys(SUPERVISOR_ROUTES)]) expect(routes, named).toContain(named);
    const auditBefore = await t.db.prisma.auditLog.count();
    for (const route of routes.filter((r) => !PUBLIC_ROUTES.includes(r))) {
      const response = await send(route);
      expect(response.statusCode, route).toBe(401);
      expect(response.body, route).toContain('konsol');
      expect((await send(route, 'sapa_hr=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode, route).toBe(401);
    }
    expect(await t.db.prisma.auditLog.count()).toBe(auditBefore);
    expect((await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref: ownRef } })).status).toBe('PENDING');
  });

  it('refuses a supervisor every HR-only page and action it registers (403, a console page in the section\'s words), before reading the form, writing nothing', async () => {
    const boss = await t.signIn(people.supervisor.id);
    const auditBefore = await t.db.prisma.auditLog.count();
    const hrOnly = consoleRoutesOf().filter((r) => !PUBLIC_ROUTES.includes(r) && !(r in SUPERVISOR_ROUTES));
    expect(hrOnly.length).toBeGreaterThanOrEqual(10);
    expect(HR_ONLY_REFUSALS.length).toBeGreaterThanOrEqual(8);
    for (const route of hrOnly) {
      const response = await send(route, boss.cookie, boss.csrf);
      expect(response.statusCode, `${route} answered a supervisor ${response.statusCode}`).toBe(403);
      expect(response.headers['content-type'], route).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], route).toBe('no-store');
      expect(response.body, route).toContain('<nav aria-label="Menu konsol">');
      const alert = /<p class="error" role="alert">([^<]*)<\/p>/.exec(response.body)?.[1];
      expect(HR_ONLY_REFUSALS, `${route} refused with ${alert}`).toContain(alert);
    }
    expect(await t.db.prisma.auditLog.count(), 'a refused action writes nothing').toBe(auditBefore);
    expect((await t.get('/hr', boss.cookie)).statusCode, 'the supervisor is still signed in').toBe(200);
    const english = await t.get('/hr/audit?lang=en', boss.cookie);
    expect(english.statusCode).toBe(403);
    expect(english.body).toContain('Only HR officers can open the audit trail.');
  });

  it('signs in once per link: the page a link opens spends nothing, a used, expired or made-up link is refused', async () => {
    const token = await t.link(people.hr.id);
    const opened = await t.get(`/hr/login/${token}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('action="/hr/login"');
    expect((await t.post('/hr/login', { token })).statusCode).toBe(303);
    const again = await t.post('/hr/login', { token });
    expect(again.statusCode).toBe(400);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('tidak berlaku');

    const late = await t.link(people.hr.id);
    t.clock.advance(10 * 60_000 + 1);
    expect((await t.post('/hr/login', { token: late })).statusCode).toBe(400);
    t.clock.set('2026-11-27T03:00:00Z');

    expect((await t.post('/hr/login', { token: 'A'.repeat(43) })).statusCode).toBe(400);
    expect((await t.get('/hr/login/%3Cscript%3E')).statusCode).toBe(400);
    expect((await t.post('/hr/login', { token: 'x'.repeat(500) })).statusCode).toBe(400);
    const row = await t.db.prisma.consoleLink.findFirstOrThrow({ where: { employeeId: people.hr.id }, orderBy: { id: 'asc' } });
    expect(row.tokenHash).toBeNull();
    expect(row.usedAt).not.toBeNull();
    expect(await t.db.prisma.consoleLink.count({ where: { lookup: token } })).toBe(0);
  });

  it('gives links only to HR and supervisors', async () => {
    const refused = await t.db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId: people.employee.id, now: t.clock.now(), via: 'TELEGRAM' })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'console.not_allowed' });
    const supervisor = await t.db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId: people.supervisor.id, now: t.clock.now(), via: 'TELEGRAM' }));
    expect(supervisor.person.role).toBe('SUPERVISOR');
  });

  it('sets the session cookie httpOnly, SameSite, Secure under https, for 8 hours, and ends it after 8 idle hours', async () => {
    const login = await t.post('/hr/login', { token: await t.link(people.hr.id) });
    const header = String(login.headers['set-cookie']);
    expect(header).toMatch(/^sapa_hr=[A-Za-z0-9_-]{43}; /);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Secure');
    expect(header).toContain('Path=/hr');
    expect(header).toContain('Max-Age=28800');
    const cookie = cookieOf(login);
    const stored = await t.db.prisma.consoleSession.findMany({ select: { tokenHash: true } });
    expect(stored.some((s) => cookie.endsWith(s.tokenHash))).toBe(false);

    t.clock.advance(7 * 3_600_000);
    expect((await t.get('/hr', cookie)).statusCode).toBe(200);
    t.clock.advance(7 * 3_600_000);
    expect((await t.get('/hr', cookie)).statusCode).toBe(200);
    t.clock.advance(8 * 3_600_000);
    expect((await t.get('/hr', cookie)).statusCode).toBe(401);
    t.clock.set('2026-11-27T03:00:00Z');
  });

  it('refuses a POST without the CSRF token, with a wrong one, or from another site', async () => {
    const hr = await t.signIn(people.hr.id);
    const change = await t.db.prisma.profileChangeRequest.create({ data: { employeeId: people.employee.id, field: 'email', newValue: 'baru@serangkota.go.id' } });
    expect((await t.post(`/hr/profile-changes/${change.id}`, { decision: 'approve' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post(`/hr/profile-changes/${change.id}`, { decision: 'approve', csrf: 'wrong' }, hr.cookie)).statusCode).toBe(403);
    expect((await t.post(`/hr/profile-changes/${change.id}`, { decision: 'approve', csrf: hr.csrf }, hr.cookie, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await t.db.prisma.profileChangeRequest.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('PENDING');

    const ok = await t.post(`/hr/profile-changes/${change.id}`, { decision: 'approve', csrf: hr.csrf }, hr.cookie, { origin: 'https://sapa.example.go.id' });
    expect(ok.statusCode).toBe(303);
    expect((await t.db.prisma.profileChangeRequest.findUniqueOrThrow({ where: { id: change.id } })).status).toBe('APPROVED');
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'profile.change_approved', entityId: String(change.id) } });
    expect(audit).toMatchObject({ actorId: people.hr.id, actorName: people.hr.name, channel: 'CONSOLE' });
  });

  it('shows a supervisor their units\' requests only: another unit\'s request is not found, not listed, not decidable', async () => {
    const boss = await t.signIn(people.supervisor.id);
    expect((await t.get(`/hr/requests/${ownRef}`, boss.cookie)).statusCode).toBe(200);
    expect((await t.get(`/hr/requests/${otherRef}`, boss.cookie)).statusCode).toBe(404);
    const list = await t.get('/hr/requests', boss.cookie);
    expect(list.body).toContain(ownRef);
    expect(list.body).not.toContain(otherRef);
    expect((await t.post(`/hr/requests/${otherRef}/decide`, { csrf: boss.csrf, decision: 'APPROVE' }, boss.cookie)).statusCode).toBe(404);
    expect((await t.get(`/hr/requests/${otherRef}/documents/1`, boss.cookie)).statusCode).toBe(404);
    expect((await t.get('/hr/profile-changes', boss.cookie)).statusCode).toBe(403);
    expect((await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref: otherRef } })).status).toBe('PENDING');

    const hr = await t.signIn(people.hr.id);
    expect((await t.get(`/hr/requests/${otherRef}`, hr.cookie)).statusCode).toBe(200);
  });

  it('lets the supervisor decide their step through the approval service, audited with the person', async () => {
    const boss = await t.signIn(people.supervisor.id);
    const page = await t.get(`/hr/requests/${ownRef}`, boss.cookie);
    expect(page.body).toContain('name="decision" value="APPROVE"');
    const refused = await t.post(`/hr/requests/${ownRef}/decide`, { csrf: boss.csrf, decision: 'REJECT', note: '' }, boss.cookie);
    expect(refused.statusCode).toBe(400);
    const done = await t.post(`/hr/requests/${ownRef}/decide`, { csrf: boss.csrf, decision: 'APPROVE', note: 'silakan' }, boss.cookie);
    expect(done.statusCode).toBe(303);
    const steps = await t.db.prisma.approvalStep.findMany({ where: { request: { ref: ownRef } }, orderBy: { order: 'asc' } });
    expect(steps[0]).toMatchObject({ status: 'DECIDED', decision: 'APPROVE', decidedById: people.supervisor.id, note: 'silakan' });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'console.leave_decided' } });
    expect(audit).toMatchObject({ actorId: people.supervisor.id, channel: 'CONSOLE' });
  });

  it('lists and revokes the person\'s own sessions; a revoked session and a signed-out one are refused', async () => {
    const first = await t.signIn(people.hr.id);
    const second = await t.signIn(people.hr.id);
    const sessions = await t.get('/hr/sessions', second.cookie);
    const ids = [...sessions.body.matchAll(/action="\/hr\/sessions\/(\d+)\/end"/g)].map((m) => Number(m[1]));
    const firstRow = await t.db.prisma.consoleSession.findMany({ where: { employeeId: people.hr.id, endedAt: null }, orderBy: { id: 'asc' } });
    expect(ids.length).toBe(firstRow.length);
    const target = firstRow[firstRow.length - 2]!.id;
    expect((await t.post(`/hr/sessions/${target}/end`, { csrf: second.csrf }, second.cookie)).statusCode).toBe(303);
    expect((await t.get('/hr', first.cookie)).statusCode).toBe(401);
    expect((await t.get('/hr', second.cookie)).statusCode).toBe(200);

    const boss = await t.signIn(people.supervisor.id);
    expect((await t.post(`/hr/sessions/${firstRow[0]!.id}/end`, { csrf: boss.csrf }, boss.cookie)).statusCode).toBe(404);

    expect((await t.post('/hr/logout', { csrf: second.csrf }, second.cookie)).statusCode).toBe(303);
    expect((await t.get('/hr', second.cookie)).statusCode).toBe(401);
    expect(await t.db.prisma.auditLog.count({ where: { action: { in: ['console.revoked', 'console.signed_out'] }, actorId: people.hr.id } })).toBe(2);
  });

  it('ends a session when its person no longer holds the role', async () => {
    const hr = await t.signIn(people.hr.id);
    await t.db.prisma.employee.update({ where: { id: people.hr.id }, data: { role: 'EMPLOYEE' } });
    expect((await t.get('/hr', hr.cookie)).statusCode).toBe(401);
    await t.db.prisma.employee.update({ where: { id: people.hr.id }, data: { role: 'HR' } });
  });

  it('answers bad input with 400 and escapes what it shows', async () => {
    const hr = await t.signIn(people.hr.id);
    expect((await t.get('/hr/requests?status=NOPE', hr.cookie)).statusCode).toBe(400);
    expect((await t.get('/hr/requests?from=2026-13-40', hr.cookie)).statusCode).toBe(400);
    expect((await t.get('/hr/calendar?month=2026-1', hr.cookie)).statusCode).toBe(400);
    expect((await t.post(`/hr/requests/${otherRef}/decide`, { csrf: hr.csrf, decision: 'MAYBE' }, hr.cookie)).statusCode).toBe(400);
    const search = await t.get(`/hr/requests?q=${encodeURIComponent('<script>alert(1)</script>')}`, hr.cookie);
    expect(search.statusCode).toBe(200);
    expect(search.body).not.toContain('<script>alert(1)');
    expect(search.body).toContain('&lt;script&gt;');
    expect(csrfOf(search.body)).toBe(hr.csrf);
  });
});

describe('HR console cookies without https', () => {
  it('are not Secure on plain http in development, and Secure in production', async () => {
    for (const [production, secure] of [[false, false], [true, true]] as const) {
      const t = await consoleTestApp({ publicUrl: 'http://localhost:3000', production });
      try {
        const people = await demoPeople(t.db);
        const login = await t.post('/hr/login', { token: await t.link(people.hr.id) });
        expect(String(login.headers['set-cookie']).includes('Secure')).toBe(secure);
      } finally {
        await t.close();
      }
    }
  }, 60_000);
});
