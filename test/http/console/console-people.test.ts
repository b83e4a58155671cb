import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supervisedUnitIds } from '../../../src/services/console/console-access';
import { redeemLinkCode } from '../../../src/services/link-codes/redeem-link-code';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: people (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };
  let ref: string;

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    const e = people.employee;
    ref = (await t.db.prisma.$transaction((tx) =>
      submitLeave(tx, { clock: t.clock }, {
        employeeId: e.id, actor: { type: 'EMPLOYEE', employeeId: e.id, name: e.name, channel: 'TELEGRAM' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-08', reason: 'acara keluarga', address: 'Jl. Veteran 5, Serang',
      }))).ref;
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('finds people by part of the name or the NIP, and a supervisor only within their own units', async () => {
    const e = people.employee;
    const byName = await t.get(`/hr/people?q=${encodeURIComponent(e.name.split(' ')[0]!.toLowerCase())}`, hr.cookie);
    expect(byName.statusCode).toBe(200);
    expect(byName.body).toContain(`href="/hr/people/${e.nip}"`);
    const byNip = await t.get(`/hr/people?q=${e.nip.slice(-8)}`, hr.cookie);
    expect(byNip.body).toContain(e.name);
    expect(byNip.body).toContain('1 pegawai');

    const supervisor = await t.signIn(people.supervisor.id);
    const units = await t.db.prisma.$transaction((tx) => supervisedUnitIds(tx, people.supervisor.id));
    const outsider = people.all.find((p) => !units.includes(p.unitId))!;
    const all = await t.get('/hr/people', supervisor.cookie);
    expect(all.body).toContain(e.name);
    expect(all.body).not.toContain(`/hr/people/${outsider.nip}`);
    expect((await t.get(`/hr/people/${outsider.nip}`, supervisor.cookie)).statusCode).toBe(404);
    const own = await t.get(`/hr/people/${e.nip}`, supervisor.cookie);
    expect(own.statusCode).toBe(200);
    // Reading only: no link code and no unlinking for a supervisor.
    expect(own.body).not.toContain('/link-code');
    expect((await t.post(`/hr/people/${e.nip}/link-code`, { csrf: supervisor.csrf }, supervisor.cookie)).statusCode).toBe(404);
    expect(await t.db.prisma.linkCode.count()).toBe(0);
  });

  it("shows an employee's balances, every move of them this year with its request, and the latest requests", async () => {
    const page = await t.get(`/hr/people/${people.employee.nip}`, hr.cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Saldo cuti 2026');
    expect(page.body).toContain('Mutasi saldo 2026');
    expect(page.body).toContain('dipesan');
    expect(page.body).toContain('pengajuan');
    expect(page.body).toContain(`href="/hr/requests/${ref}"`);
    const moves = await t.db.prisma.leaveBalanceMove.count({ where: { employeeId: people.employee.id, year: 2026 } });
    expect(moves).toBeGreaterThan(0);
    expect(page.body.match(/<td>CT<\/td>/g)?.length).toBe(moves);
  });

  it('makes a printable link code once, which links a chat; HR can then release that chat, and the chat is told', async () => {
    const e = people.employee;
    const card = await t.post(`/hr/people/${e.nip}/link-code`, { csrf: hr.csrf }, hr.cookie);
    expect(card.statusCode).toBe(200);
    expect(card.headers['cache-control']).toBe('no-store');
    const code = /class="code">([A-Z2-9 ]+)</.exec(card.body)![1]!.replace(/ /g, '');
    expect(code).toHaveLength(10);
    expect(card.body).toContain(`NIP ${e.nip}`);
    const made = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'link_code.created' }, orderBy: { id: 'desc' } });
    expect(made).toMatchObject({ actorType: 'EMPLOYEE', actorId: people.hr.id, channel: 'CONSOLE' });
    expect(JSON.stringify(await t.db.prisma.linkCode.findMany())).not.toContain(code);

    const chat = await t.db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '777001' } });
    const linked = await t.db.prisma.$transaction((tx) => redeemLinkCode(tx, { identityId: chat.id, code, now: t.clock.now() }));
    expect(linked.employee.id).toBe(e.id);
    const page = await t.get(`/hr/people/${e.nip}`, hr.cookie);
    expect(page.body).toContain('Telegram');
    const identity = await t.db.prisma.chatIdentity.findFirstOrThrow({ where: { externalId: '777001' } });
    expect(page.body).toContain(`/hr/people/${e.nip}/chats/${identity.id}/unlink`);

    expect((await t.post(`/hr/people/${e.nip}/chats/${identity.id}/unlink`, { csrf: 'wrong' }, hr.cookie)).statusCode).toBe(403);
    const done = await t.post(`/hr/people/${e.nip}/chats/${identity.id}/unlink`, { csrf: hr.csrf }, hr.cookie);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/hr/people/${e.nip}?done=unlinked`);
    expect(await t.db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: identity.id } })).toMatchObject({ employeeId: null, verifiedAt: null });
    const told = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: '777001' }, orderBy: { id: 'desc' } });
    expect(JSON.stringify(told.payload)).toContain('petugas kepegawaian');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'identity.unlinked', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(1);
    // Released once: a second try finds nothing.
    expect((await t.post(`/hr/people/${e.nip}/chats/${identity.id}/unlink`, { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(404);
  });

  it('answers nothing without a session and refuses bad input', async () => {
    expect((await t.get('/hr/people')).statusCode).toBe(401);
    expect((await t.get(`/hr/people/${people.employee.nip}`)).statusCode).toBe(401);
    expect((await t.post(`/hr/people/${people.employee.nip}/link-code`, { csrf: hr.csrf })).statusCode).toBe(401);
    for (const url of ['/hr/people/12345', '/hr/people?page=0', `/hr/people?q=${'x'.repeat(61)}`, `/hr/people/${people.employee.nip}?done=x`]) {
      expect((await t.get(url, hr.cookie)).statusCode, url).toBe(400);
    }
    expect((await t.get('/hr/people/199001012020011999', hr.cookie)).statusCode).toBe(404);
    expect((await t.post(`/hr/people/${people.employee.nip}/chats/abc/unlink`, { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(400);
  });
});
