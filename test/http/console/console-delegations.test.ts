import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { consoleTestApp, type ConsoleTestApp } from './console-test-app';

describe.each(testProviders)('HR console: substitutes (%s)', (provider) => {
  let t: ConsoleTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let hr: { cookie: string; csrf: string };

  beforeAll(async () => {
    t = await consoleTestApp({ provider });
    people = await demoPeople(t.db);
    hr = await t.signIn(people.hr.id);
  }, 120_000);
  afterAll(() => t?.close());

  it('HR names a substitute for an approver; both are told, it is audited, and a second one over the same days is refused with the reason', async () => {
    const { supervisor, chief } = people;
    await t.db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '880001', employeeId: supervisor.id, verifiedAt: t.clock.now() } });
    const made = await t.post('/hr/delegations', { csrf: hr.csrf, fromNip: supervisor.nip, toNip: chief.nip, start: '2026-12-01', end: '2026-12-05', reason: 'dinas luar' }, hr.cookie);
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe('/hr/delegations?done=created');
    const listed = await t.get('/hr/delegations?done=created', hr.cookie);
    expect(listed.body).toContain('Pengganti ditetapkan');
    expect(listed.body).toContain(supervisor.name);
    expect(listed.body).toContain('1-5 Des 2026');
    const row = await t.db.prisma.delegation.findFirstOrThrow({ where: { fromId: supervisor.id } });
    expect(row).toMatchObject({ toId: chief.id, startDate: '2026-12-01', endDate: '2026-12-05' });
    expect(await t.db.prisma.auditLog.count({ where: { action: 'delegation.created', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(1);
    const told = await t.db.prisma.outboxMessage.findMany({ where: { chatId: '880001' } });
    expect(told).toHaveLength(1);
    expect(JSON.stringify(told[0]!.payload)).toContain(chief.name);

    const again = await t.post('/hr/delegations', { csrf: hr.csrf, fromNip: supervisor.nip, toNip: chief.nip, start: '2026-12-04', end: '2026-12-10' }, hr.cookie);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Sudah ada pengganti');
    expect(again.body).toContain('value="2026-12-10"');
    expect(await t.db.prisma.delegation.count()).toBe(1);
  });

  it('ends a delegation today with a reason; an ended one cannot be ended again', async () => {
    const row = await t.db.prisma.delegation.findFirstOrThrow({ where: { fromId: people.supervisor.id } });
    expect((await t.post(`/hr/delegations/${row.id}/end`, { csrf: hr.csrf, reason: 'x' }, hr.cookie)).statusCode).toBe(400);
    const ended = await t.post(`/hr/delegations/${row.id}/end`, { csrf: hr.csrf, reason: 'kembali lebih awal' }, hr.cookie);
    expect(ended.statusCode).toBe(303);
    expect((await t.db.prisma.delegation.findUniqueOrThrow({ where: { id: row.id } })).endDate).toBe('2026-11-30');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'delegation.ended', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(1);
    const twice = await t.post(`/hr/delegations/${row.id}/end`, { csrf: hr.csrf, reason: 'lagi' }, hr.cookie);
    expect(twice.statusCode).toBe(409);
    expect((await t.get('/hr/delegations?all=1', hr.cookie)).body).toContain('kembali lebih awal');
  });

  it("lets a supervisor manage only their own substitutes", async () => {
    const { supervisor, chief, employee } = people;
    const own = await t.signIn(supervisor.id);
    const page = await t.get('/hr/delegations', own.cookie);
    expect(page.body).toContain(`value="${supervisor.nip}" readonly`);
    const forOther = await t.post('/hr/delegations', { csrf: own.csrf, fromNip: chief.nip, toNip: employee.nip, start: '2026-12-10', end: '2026-12-11' }, own.cookie);
    expect(forOther.statusCode).toBe(404);
    expect(await t.db.prisma.delegation.count({ where: { fromId: chief.id } })).toBe(0);
    const mine = await t.post('/hr/delegations', { csrf: own.csrf, fromNip: supervisor.nip, toNip: chief.nip, start: '2026-12-10', end: '2026-12-11' }, own.cookie);
    expect(mine.statusCode).toBe(303);
    const hrMade = await t.post('/hr/delegations', { csrf: hr.csrf, fromNip: chief.nip, toNip: people.hr.nip, start: '2026-12-14', end: '2026-12-15' }, hr.cookie);
    expect(hrMade.statusCode).toBe(303);
    const chiefs = await t.db.prisma.delegation.findFirstOrThrow({ where: { fromId: chief.id } });
    expect((await t.post(`/hr/delegations/${chiefs.id}/end`, { csrf: own.csrf, reason: 'bukan punya saya' }, own.cookie)).statusCode).toBe(404);
    expect((await t.db.prisma.delegation.findUniqueOrThrow({ where: { id: chiefs.id } })).endDate).toBe('2026-12-15');
    expect((await t.get('/hr/delegations', own.cookie)).body).not.toContain(people.hr.nip);
  });

  it('answers nothing without a session or CSRF token and refuses bad input', async () => {
    expect((await t.get('/hr/delegations')).statusCode).toBe(401);
    expect((await t.post('/hr/delegations', { csrf: hr.csrf, fromNip: people.supervisor.nip, toNip: people.chief.nip, start: '2026-12-20', end: '2026-12-21' })).statusCode).toBe(401);
    expect((await t.post('/hr/delegations', { csrf: 'nope', fromNip: people.supervisor.nip, toNip: people.chief.nip, start: '2026-12-20', end: '2026-12-21' }, hr.cookie)).statusCode).toBe(403);
    const forms: Record<string, string>[] = [
      { fromNip: '123', toNip: people.chief.nip, start: '2026-12-20', end: '2026-12-21' },
      { fromNip: people.supervisor.nip, toNip: people.chief.nip, start: '20-12-2026', end: '2026-12-21' },
      { fromNip: people.supervisor.nip, toNip: people.chief.nip, start: '2026-12-20', end: '2026-12-21', reason: 'x'.repeat(301) },
    ];
    for (const form of forms) {
      expect((await t.post('/hr/delegations', { csrf: hr.csrf, ...form }, hr.cookie)).statusCode, JSON.stringify(form)).toBe(400);
    }
    expect((await t.post('/hr/delegations/0/end', { csrf: hr.csrf, reason: 'tiga' }, hr.cookie)).statusCode).toBe(400);
    expect((await t.get('/hr/delegations?all=2', hr.cookie)).statusCode).toBe(400);
    const past = await t.post('/hr/delegations', { csrf: hr.csrf, fromNip: people.supervisor.nip, toNip: people.chief.nip, start: '2026-11-01', end: '2026-11-02' }, hr.cookie);
    expect(past.statusCode).toBe(400);
  });
});
