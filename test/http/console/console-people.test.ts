import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supervisedUnitIds } from '../../../src/services/console/console-access';
import { redeemLinkCode } from '../../../src/services/link-codes/redeem-link-code';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { pdfTexts } from '../../payslip/read-pdf';
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
    const refused = await t.post(`/hr/people/${e.nip}/link-code`, { csrf: supervisor.csrf }, supervisor.cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Hanya petugas SDM yang dapat membuat kode tautan dan melepas chat pegawai.');
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

  it('prints one link card as a PDF, and a sheet of cards for the unlinked people of a unit, each code usable and audited', async () => {
    const e = people.employee;
    const one = await t.app.inject({ method: 'POST', url: `/hr/people/${e.nip}/link-code`, payload: `csrf=${hr.csrf}&as=pdf`, headers: { cookie: hr.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toBe('application/pdf');
    expect(one.headers['content-disposition']).toBe(`attachment; filename="kartu-tautan-${e.nip}.pdf"`);
    const text = (await pdfTexts(one.rawPayload, '')).items.map((i) => i.text).join(' ');
    expect(text).toContain(`NIP ${e.nip}`);
    const code = /([A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{2})/.exec(text)![1]!.replace(/ /g, '');
    const chat = await t.db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '777002' } });
    expect((await t.db.prisma.$transaction((tx) => redeemLinkCode(tx, { identityId: chat.id, code, now: t.clock.now() }))).employee.id).toBe(e.id);

    const unit = await t.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: e.unitId }, select: { code: true } });
    const members = await t.db.prisma.employee.findMany({ where: { unitId: e.unitId, active: true, identities: { none: { verifiedAt: { not: null } } } }, select: { nip: true } });
    expect(members.length).toBeGreaterThan(0);
    expect((await t.get(`/hr/people?unit=${unit.code}`, hr.cookie)).body).toContain('action="/hr/people/link-cards"');
    const before = await t.db.prisma.auditLog.count({ where: { action: 'link_code.created' } });
    const sheet = await t.post('/hr/people/link-cards', { csrf: hr.csrf, unit: unit.code }, hr.cookie);
    expect(sheet.statusCode).toBe(200);
    const read = await pdfTexts(sheet.rawPayload, '');
    const all = read.items.map((i) => i.text).join(' ');
    for (const m of members) expect(all).toContain(m.nip);
    // The employee linked above has a chat: no card for them.
    expect(all).not.toContain(`NIP ${e.nip}`);
    expect(read.pages).toBe(Math.ceil(members.length / 8));
    expect(await t.db.prisma.auditLog.count({ where: { action: 'link_code.created' } })).toBe(before + members.length);

    const supervisor = await t.signIn(people.supervisor.id);
    expect((await t.post('/hr/people/link-cards', { csrf: supervisor.csrf, unit: unit.code }, supervisor.cookie)).statusCode).toBe(403);
    expect((await t.post('/hr/people/link-cards', { csrf: hr.csrf, unit: 'NO-SUCH-UNIT' }, hr.cookie)).statusCode).toBe(404);
    expect((await t.post('/hr/people/link-cards', { csrf: hr.csrf }, hr.cookie)).statusCode).toBe(400);
    expect((await t.post(`/hr/people/${e.nip}/link-code`, { csrf: hr.csrf, as: 'docx' }, hr.cookie)).statusCode).toBe(400);
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
