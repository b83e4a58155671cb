import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { isAppError } from '../../../src/domain/app-error';
import { CHAT_FAILURES_PER_DAY, CODES_PER_DAY, CODES_PER_HOUR, EMPLOYEE_FAILURE_BUDGET, HOUR_MS } from '../../../src/services/identity/link-limits';
import { confirmPhoneVerification, startPhoneVerification } from '../../../src/services/identity/phone-verification';
import { createLinkCode } from '../../../src/services/link-codes/create-link-code';
import { OFFICIAL_NIP_KEY } from '../../../src/services/policy/load-leave-policy';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, makeAdminActor } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const WRONG_DAY = '1970-01-01';

describe.each(testProviders)('linking with NIP, date of birth and a phone code, on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const clock = fixedClock(NOW);
  let chats = 0;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    clock.set(NOW);
  });
  afterEach(async () => {
    await db.drop();
  });

  const newChat = async () => {
    chats += 1;
    return (await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: `tg-${chats}` } })).id;
  };

  /** Runs a service call as a flow step does: a refusal is an answer, and what it recorded commits. */
  const attempt = <T>(work: (tx: Tx) => Promise<T>) =>
    db.prisma.$transaction(async (tx) => {
      try {
        return { ok: await work(tx as Tx) };
      } catch (error) {
        if (isAppError(error)) return { error: error.code };
        throw error;
      }
    });

  const start = (identityId: number, nip: string, birthDate: string, whatsapp = true) =>
    attempt((tx) => startPhoneVerification(tx, { identityId, nip, birthDate, now: clock.now(), lang: 'id', channels: { whatsapp } }));
  const confirm = (identityId: number, employeeId: number, code: string) =>
    attempt((tx) => confirmPhoneVerification(tx, { identityId, employeeId, code, now: clock.now() }));
  const liveCodes = (employeeId: number) =>
    db.prisma.linkCode.count({ where: { employeeId, purpose: 'OTP', usedAt: null, expiresAt: { gt: clock.now() } } });
  const sentCodes = async () =>
    (await db.prisma.outboxMessage.findMany({ where: { channel: 'WHATSAPP' }, orderBy: { id: 'asc' } })).map(
      (row) => /(\d{3} \d{3} \d{3})/.exec(JSON.stringify(row.payload))![1]!.replace(/ /g, ''),
    );

  it('keeps one live code per chat and employee: a new one replaces the old', async () => {
    const { employee } = people;
    const chat = await newChat();
    for (let i = 0; i < CODES_PER_HOUR; i += 1) expect(await start(chat, employee.nip, employee.birthDate)).toHaveProperty('ok');
    expect(await liveCodes(employee.id)).toBe(1);
    const codes = await sentCodes();
    expect(codes).toHaveLength(CODES_PER_HOUR);
    expect(await confirm(chat, employee.id, codes[0]!)).toEqual({ error: 'link.otp_wrong' });
    expect(await confirm(chat, employee.id, codes.at(-1)!)).toEqual({ ok: { name: employee.name } });
    expect(await liveCodes(employee.id)).toBe(0);
  });

  it('caps the codes of one chat: 3 an hour, 10 a day', async () => {
    const chat = await newChat();
    const targets = people.all.filter((e) => e.role === 'EMPLOYEE' && e.id !== people.chief.id);
    const free = [];
    for (const e of targets) if ((await start(await newChat(), e.nip, e.birthDate)).ok) free.push(e);
    await db.prisma.linkCode.deleteMany({});
    expect(free.length).toBeGreaterThan(CODES_PER_HOUR);
    const answers = [];
    for (const e of free.slice(0, CODES_PER_HOUR + 1)) answers.push(await start(chat, e.nip, e.birthDate));
    expect(answers.slice(0, CODES_PER_HOUR).every((a) => 'ok' in a)).toBe(true);
    expect(answers.at(-1)).toEqual({ error: 'link.too_many_codes' });
    let sent = CODES_PER_HOUR;
    while (sent < CODES_PER_DAY) {
      clock.advance(HOUR_MS);
      for (let i = 0; i < CODES_PER_HOUR && sent < CODES_PER_DAY; i += 1, sent += 1) {
        expect(await start(chat, free[0]!.nip, free[0]!.birthDate)).toHaveProperty('ok');
      }
    }
    clock.advance(HOUR_MS);
    expect(await start(chat, free[0]!.nip, free[0]!.birthDate)).toEqual({ error: 'link.too_many_codes_day' });
  });

  it('caps the codes of one employee across chats', async () => {
    const { employee } = people;
    for (let i = 0; i < CODES_PER_HOUR; i += 1) expect(await start(await newChat(), employee.nip, employee.birthDate)).toHaveProperty('ok');
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toEqual({ error: 'link.too_many_codes' });
    clock.advance(HOUR_MS);
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toHaveProperty('ok');
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(CODES_PER_HOUR + 1);
  });

  it('closes the NIP path after the employee’s failure budget, across chats, until HR issues a link code', async () => {
    const { employee } = people;
    let failures = 0;
    for (; failures < EMPLOYEE_FAILURE_BUDGET - 2; failures += 1) {
      expect(await start(await newChat(), employee.nip, WRONG_DAY)).toEqual({ error: 'link.no_match' });
    }
    const chat = await newChat();
    expect(await start(chat, employee.nip, employee.birthDate)).toHaveProperty('ok');
    for (; failures < EMPLOYEE_FAILURE_BUDGET; failures += 1) expect(await confirm(chat, employee.id, '000000000')).toEqual({ error: 'link.otp_wrong' });
    const [code] = await sentCodes();
    expect(await confirm(chat, employee.id, code!)).toEqual({ error: 'link.closed' });
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toEqual({ error: 'link.closed' });
    clock.advance(48 * HOUR_MS);
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toEqual({ error: 'link.closed' });
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(1);

    await db.prisma.$transaction((tx) => createLinkCode(tx as Tx, { nip: employee.nip, actor: makeAdminActor({ name: 'petugas' }), now: clock.now() }));
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toHaveProperty('ok');
  });

  it('holds the failure budget when chats try one employee at the same moment', async () => {
    const { employee } = people;
    const chatIds = [];
    for (let i = 0; i < EMPLOYEE_FAILURE_BUDGET + 5; i += 1) chatIds.push(await newChat());
    const answers = await Promise.all(chatIds.map((chat) => start(chat, employee.nip, WRONG_DAY)));
    const codes = answers.map((a) => a.error).sort();
    expect(codes.filter((c) => c === 'link.no_match')).toHaveLength(EMPLOYEE_FAILURE_BUDGET);
    expect(codes.filter((c) => c === 'link.closed')).toHaveLength(5);
    expect(await db.prisma.linkFailure.count({ where: { employeeId: employee.id } })).toBe(EMPLOYEE_FAILURE_BUDGET);
  });

  it('pauses a chat for the day after its daily budget of wrong answers', async () => {
    const chat = await newChat();
    const { employee, pppk } = people;
    for (let i = 0; i < CHAT_FAILURES_PER_DAY; i += 1) {
      clock.advance(16 * 60_000);
      const answer = await start(chat, i % 2 ? employee.nip : pppk.nip, WRONG_DAY);
      expect(answer.error).toMatch(i === CHAT_FAILURES_PER_DAY - 1 ? /^link\.paused_day$/ : /^link\.(no_match|paused)$/);
    }
    clock.advance(HOUR_MS);
    expect(await start(chat, pppk.nip, pppk.birthDate)).toEqual({ error: 'link.paused_day' });
    expect(await db.prisma.linkFailure.count({ where: { identityId: chat } })).toBe(CHAT_FAILURES_PER_DAY);
    clock.advance(24 * HOUR_MS);
    expect(await start(chat, pppk.nip, pppk.birthDate)).toHaveProperty('ok');
  });

  it('refuses supervisors, HR, the authorized official and delegates on the NIP path, and sends them nothing', async () => {
    const { supervisor, hr, chief, employee, pppk } = people;
    for (const person of [supervisor, hr, chief]) expect(await start(await newChat(), person.nip, person.birthDate)).toEqual({ error: 'link.privileged' });
    await db.prisma.delegation.create({ data: { fromId: supervisor.id, toId: pppk.id, startDate: '2026-11-20', endDate: '2026-12-31', createdBy: 'test' } });
    expect(await start(await newChat(), pppk.nip, pppk.birthDate)).toEqual({ error: 'link.privileged' });
    await db.prisma.policyValue.create({ data: { key: OFFICIAL_NIP_KEY, value: employee.nip, updatedBy: 'test' } });
    expect(await start(await newChat(), employee.nip, employee.birthDate)).toEqual({ error: 'link.privileged' });
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(0);
    expect(await db.prisma.linkCode.count({ where: { purpose: 'OTP' } })).toBe(0);
  });

  it('sends no code when no channel reaches the phone, and says to ask HR', async () => {
    const { employee, pppk } = people;
    expect(await start(await newChat(), employee.nip, employee.birthDate, false)).toEqual({ error: 'link.no_channel' });
    await db.prisma.employee.update({ where: { id: pppk.id }, data: { phone: null } });
    expect(await start(await newChat(), pppk.nip, pppk.birthDate)).toEqual({ error: 'link.no_channel' });
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(0);
  });
});
