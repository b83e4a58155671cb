import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { CODES_PER_HOUR } from '../../src/services/identity/link-limits';
import { createLinkCode } from '../../src/services/link-codes/create-link-code';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, makeAdminActor } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const hr = makeAdminActor({ name: 'Petugas BKPSDM' });
const WHATSAPP_ON = { phoneCodeChannels: { whatsapp: true } };

/** "17-08-1990" from "1990-08-17". */
const typed = (isoDay: string) => isoDay.split('-').reverse().join('-');

describe('link account flow', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
    await seedDemo(db, fixedClock(NOW));
  });
  afterEach(async () => {
    await db.drop();
  });

  const identityOf = (chatId: string, channel: 'LOCAL' | 'WHATSAPP' = 'LOCAL') =>
    db.prisma.chatIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel, externalId: chatId } } });

  it('says at first contact and when linking what SAPA keeps and why, with the privacy page under PUBLIC_URL', async () => {
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const first = chat.person('first');
    const greeting = (await first.say('halo')).join('\n');
    expect(greeting).toContain('Saya *SAPA*');
    expect(greeting).toContain('Mari hubungkan chat ini');
    expect(greeting).toContain('SAPA menyimpan data kepegawaian Anda');
    expect(greeting).toContain('Selengkapnya: https://sapa.example.go.id/privacy');
    const unlinkedMenu = (await first.say('menu')).join('\n');
    expect(unlinkedMenu).toContain('belum terhubung');
    expect(unlinkedMenu).toContain('https://sapa.example.go.id/privacy');
    const english = (await chat.person('third').say('link')).join('\n');
    expect(english).toContain('https://sapa.example.go.id/privacy');
  });

  it('links with a code from HR sent as the very first message', async () => {
    const { employee } = await demoPeople(db);
    const { code } = await db.prisma.$transaction((tx) => createLinkCode(tx, { nip: employee.nip, actor: hr, now: new Date(NOW) }));
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const replies = await chat.person('new').say(code.toLowerCase());
    expect(replies.join('\n')).toContain(`terhubung atas nama *${employee.name}*`);
    const identity = await identityOf('new');
    expect(identity.employeeId).toBe(employee.id);
    expect(identity.verifiedAt).not.toBeNull();
    expect((await chat.person('new').say('menu')).join('\n')).toContain(employee.name);
  });

  it('refuses a used code and counts it', async () => {
    const { employee } = await demoPeople(db);
    const { code } = await db.prisma.$transaction((tx) => createLinkCode(tx, { nip: employee.nip, actor: hr, now: new Date(NOW) }));
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    await chat.person('first').say(code);
    const other = chat.person('second');
    await other.say('halo');
    const replies = await other.say(code);
    expect(replies.join('\n')).toMatch(/sudah dipakai|already been used|sudah digunakan/i);
    const identity = await identityOf('second');
    expect(identity.verifiedAt).toBeNull();
    expect(identity.failedLinkAttempts).toBe(1);
  });

  it('links with NIP, date of birth and a code sent to the phone on record', async () => {
    const { employee } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const person = chat.person('nip-user');
    await person.say('halo');
    expect((await person.say(employee.nip)).join('\n')).toMatch(/tanggal lahir/);
    expect((await person.say('31-02-1990')).join('\n')).toMatch(/belum terbaca/);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toMatch(/WhatsApp ke nomor \d{4}\*{4}\d{3}/);
    const otp = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channel: 'WHATSAPP' }, orderBy: { id: 'desc' } });
    const code = /(\d{3} \d{3} \d{3})/.exec(JSON.stringify(otp.payload))![1]!;
    expect((await person.say('12345')).join('\n')).toMatch(/9 angka/);
    expect((await person.say(code === '000 000 000' ? '111111111' : '000000000')).join('\n')).toMatch(/tidak cocok/);
    expect((await person.say(code)).join('\n')).toContain(employee.name);
    expect((await identityOf('nip-user')).employeeId).toBe(employee.id);
  });

  it('never says which detail was wrong, and pauses after five wrong tries', async () => {
    const { employee } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const person = chat.person('guesser');
    await person.say('halo');
    for (let i = 0; i < 4; i += 1) {
      await person.say(employee.nip);
      expect((await person.say('01-01-1970')).join('\n')).toMatch(/tidak cocok dengan catatan/);
    }
    await person.say(employee.nip);
    expect((await person.say('01-01-1970')).join('\n')).toMatch(/Terlalu banyak percobaan/);
    await person.say(employee.nip);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toMatch(/Terlalu banyak percobaan/);
    expect((await identityOf('guesser')).verifiedAt).toBeNull();
    chat.clock.advance(16 * 60_000);
    await person.say(employee.nip);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toMatch(/WhatsApp/);
  });

  it('links a WhatsApp chat from the number on record without a second code', async () => {
    const { employee } = await demoPeople(db);
    const phone = (await db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id } })).phone!;
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW, channel: 'WHATSAPP' });
    const jid = `${phone}@s.whatsapp.net`;
    await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: jid, phone } });
    const person = chat.person(jid);
    await person.say('halo');
    await person.say(employee.nip);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toContain(employee.name);
    expect((await identityOf(jid, 'WHATSAPP')).verifiedAt).not.toBeNull();
  });

  it('answers anything else with a hint and changes nothing', async () => {
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const person = chat.person('confused');
    await person.say('halo');
    for (const input of ['apa ini?', '12345', '<script>', "'; DROP TABLE Employee; --", '🙂']) {
      const replies = await person.say(input);
      expect(replies.length).toBeGreaterThan(0);
    }
    expect((await identityOf('confused')).verifiedAt).toBeNull();
    expect((await identityOf('confused')).failedLinkAttempts).toBe(0);
  });

  it('re-entering the date of birth ten times leaves one live code, and stops sending after the hourly cap', async () => {
    const { employee } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const person = chat.person('again');
    await person.say('halo');
    const answers: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      chat.clock.advance(60_000);
      await person.say('batal');
      await person.say(employee.nip);
      answers.push((await person.say(typed(employee.birthDate))).join('\n'));
    }
    expect(answers.slice(0, CODES_PER_HOUR).every((a) => /WhatsApp ke nomor/.test(a))).toBe(true);
    expect(answers.slice(CODES_PER_HOUR).every((a) => /terlalu banyak kode verifikasi/i.test(a))).toBe(true);
    const live = await db.prisma.linkCode.count({ where: { employeeId: employee.id, purpose: 'OTP', usedAt: null, expiresAt: { gt: chat.clock.now() } } });
    expect(live).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(CODES_PER_HOUR);
  });

  it('a supervisor cannot link with NIP and date of birth: they are sent to HR for a link code', async () => {
    const { supervisor } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(WHATSAPP_ON), { now: NOW });
    const person = chat.person('boss');
    await person.say('halo');
    await person.say(supervisor.nip);
    expect((await person.say(typed(supervisor.birthDate))).join('\n')).toMatch(/hanya dengan \*kode tautan\*/);
    expect((await identityOf('boss')).verifiedAt).toBeNull();
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP' } })).toBe(0);
  });

  it('sends no code when WhatsApp is not configured, and asks for a link code from HR', async () => {
    const { employee } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('no-wa');
    await person.say('halo');
    expect((await person.say(employee.nip)).join('\n')).toMatch(/minta \*kode tautan\*/);
    expect(await db.prisma.linkCode.count({ where: { purpose: 'OTP' } })).toBe(0);
  });

  it('tells the employee’s other chats that a chat was linked, and audits it', async () => {
    const { employee } = await demoPeople(db);
    const old = await db.prisma.chatIdentity.create({
      data: { channel: 'WHATSAPP', externalId: '6281234567890@s.whatsapp.net', phone: '6281234567890', employeeId: employee.id, verifiedAt: new Date(NOW) },
    });
    const { code } = await db.prisma.$transaction((tx) => createLinkCode(tx, { nip: employee.nip, actor: hr, now: new Date(NOW) }));
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    await chat.person('fresh').say(code);
    const told = await db.prisma.outboxMessage.findMany({ where: { channel: 'WHATSAPP', chatId: old.externalId } });
    expect(told).toHaveLength(1);
    const text = JSON.stringify(told[0]!.payload);
    expect(text).toContain('web chat (uji coba)');
    expect(text).toContain('27 Nov 10:00');
    expect(text).toContain('*putuskan*');
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'identity.verified', actorId: employee.id } });
    expect(audit).toMatchObject({ channel: 'LOCAL', data: { method: 'link_code', otherChatsTold: 1 } });
  });
});
