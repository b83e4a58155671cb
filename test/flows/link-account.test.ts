import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { createLinkCode } from '../../src/services/link-codes/create-link-code';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const hr = { tokenId: 1, name: 'Petugas BKPSDM' };

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

  it('links with a code from HR sent as the very first message', async () => {
    const { employee } = await demoPeople(db);
    const { code } = await db.prisma.$transaction((tx) => createLinkCode(tx, { nip: employee.nip, actor: hr, now: new Date(NOW) }));
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
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
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
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
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('nip-user');
    await person.say('halo');
    expect((await person.say(employee.nip)).join('\n')).toMatch(/tanggal lahir/);
    expect((await person.say('31-02-1990')).join('\n')).toMatch(/belum terbaca/);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toMatch(/WhatsApp ke nomor 6281\*\*\*\*/);
    const otp = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channel: 'WHATSAPP' }, orderBy: { id: 'desc' } });
    const code = /(\d{6})/.exec(JSON.stringify(otp.payload))![1]!;
    expect((await person.say('12345')).join('\n')).toMatch(/6 angka/);
    expect((await person.say(code === '000000' ? '111111' : '000000')).join('\n')).toMatch(/tidak cocok/);
    expect((await person.say(code)).join('\n')).toContain(employee.name);
    expect((await identityOf('nip-user')).employeeId).toBe(employee.id);
  });

  it('never says which detail was wrong, and pauses after five wrong tries', async () => {
    const { employee } = await demoPeople(db);
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
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
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW, channel: 'WHATSAPP' });
    const jid = `${phone}@s.whatsapp.net`;
    await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: jid, phone } });
    const person = chat.person(jid);
    await person.say('halo');
    await person.say(employee.nip);
    expect((await person.say(typed(employee.birthDate))).join('\n')).toContain(employee.name);
    expect((await identityOf(jid, 'WHATSAPP')).verifiedAt).not.toBeNull();
  });

  it('answers anything else with a hint and changes nothing', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const person = chat.person('confused');
    await person.say('halo');
    for (const input of ['apa ini?', '12345', '<script>', "'; DROP TABLE Employee; --", '🙂']) {
      const replies = await person.say(input);
      expect(replies.length).toBeGreaterThan(0);
    }
    expect((await identityOf('confused')).verifiedAt).toBeNull();
    expect((await identityOf('confused')).failedLinkAttempts).toBe(0);
  });
});
