import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const PHONE_JID = '6281234567890@s.whatsapp.net';

describe.each(testProviders)('listing and unlinking one’s chats, on %s', (provider) => {
  let db: TestDatabase;
  let employee: { id: number; nip: string; name: string };
  let phoneChat: number;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    employee = (await demoPeople(db)).employee;
    await linkIdentity(db, 'LOCAL', 'desk', employee.nip);
    phoneChat = await linkIdentity(db, 'WHATSAPP', PHONE_JID, employee.nip);
    await db.prisma.chatIdentity.update({ where: { id: phoneChat }, data: { phone: '6281234567890' } });
  });
  afterEach(async () => {
    await db.drop();
  });

  const chatOf = (id: number) => db.prisma.chatIdentity.findUniqueOrThrow({ where: { id } });

  it('lists the chats, unlinks the one picked after a confirmation, tells it and audits it', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const me = chat.person('desk');
    await me.say('menu');
    const list = (await me.say('chat saya')).join('\n');
    expect(list).toContain('web chat (uji coba) · sejak 1 Nov 07:00 (chat ini)');
    expect(list).toContain('WhatsApp 6281****890 · sejak 1 Nov 07:00');
    expect((await me.say('2')).join('\n')).toMatch(/Lepas chat WhatsApp 6281\*\*\*\*890 .*dari akun SAPA Anda\?/);
    expect((await me.say('ya')).join('\n')).toMatch(/sudah dilepas dari akun Anda/);

    expect(await chatOf(phoneChat)).toMatchObject({ employeeId: null, verifiedAt: null });
    const told = await db.prisma.outboxMessage.findMany({ where: { channel: 'WHATSAPP', chatId: PHONE_JID } });
    expect(told.map((m) => JSON.stringify(m.payload))).toEqual([expect.stringContaining('sudah dilepas dari akun SAPA oleh pemilik akun')]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'identity.unlinked' } });
    expect(audit).toMatchObject({ actorId: employee.id, channel: 'LOCAL', entityId: String(phoneChat), data: { unlinkedChannel: 'WHATSAPP', self: false } });

    const after = (await me.say('chat saya')).join('\n');
    expect(after).not.toContain('WhatsApp');
  });

  it('opens with “putuskan” from a security notice, and keeps everything on “tidak”', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW, channel: 'WHATSAPP' });
    const phone = chat.person(PHONE_JID);
    await phone.say('menu');
    expect((await phone.say('putuskan')).join('\n')).toContain('Pilih chat yang ingin dilepas');
    await phone.say('1');
    expect((await phone.say('tidak')).join('\n')).toContain('tidak ada yang diubah');
    expect(await db.prisma.chatIdentity.count({ where: { employeeId: employee.id, verifiedAt: { not: null } } })).toBe(2);
    expect(await db.prisma.auditLog.count({ where: { action: 'identity.unlinked' } })).toBe(0);
  });

  it('unlinks the chat in use after saying it must be linked again; the chat is then a stranger', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const me = chat.person('desk');
    await me.say('menu');
    await me.say('language');
    await me.say('2');
    await me.say('my chats');
    expect((await me.say('1')).join('\n')).toMatch(/must then be linked again/);
    expect((await me.say('yes')).join('\n')).toContain('This chat has been unlinked');
    expect((await me.say('menu')).join('\n')).toMatch(/not linked yet/);
    const toDesk = await db.prisma.outboxMessage.findMany({ where: { chatId: 'desk' } });
    expect(toDesk.some((m) => JSON.stringify(m.payload).includes('account owner'))).toBe(false);
    expect(await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'identity.unlinked' } })).toMatchObject({ data: { self: true } });
    expect((await chatOf(phoneChat)).verifiedAt).not.toBeNull();
  });

  it('offers “Chat saya” in the menu and in the help', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
    const me = chat.person('desk');
    expect((await me.say('menu')).join('\n')).toContain('Chat saya');
    expect((await me.say('bantuan')).join('\n')).toContain('*chat saya*');
  });

  it('a chat unlinked in the middle of a conversation starts over as a stranger on its next message', async () => {
    const chat = createChatHarness(db, createFlowRegistry(), { now: NOW, channel: 'WHATSAPP' });
    const phone = chat.person(PHONE_JID);
    await phone.say('menu');
    expect((await phone.say('cuti')).join('\n')).toMatch(/Cuti tahunan/i);
    const desk = createChatHarness(db, createFlowRegistry(), { now: NOW }).person('desk');
    await desk.say('menu');
    await desk.say('chat saya');
    await desk.say('2');
    await desk.say('ya');
    expect((await phone.say('1')).join('\n')).toMatch(/kode tautan|NIP/);
    expect((await chatOf(phoneChat)).verifiedAt).toBeNull();
  });
});
