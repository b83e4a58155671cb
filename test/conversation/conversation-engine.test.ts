import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { fixedClock } from '../../src/clock';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';

describe.each(testProviders)('conversation engine on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('introduces itself on first contact and asks an unknown chat to link', async () => {
    const chat = createChatHarness(db, createFlowRegistry());
    const replies = await chat.person('stranger').say('halo');
    expect(replies[0]).toContain('SAPA');
    expect(replies.join('\n')).toMatch(/kode tautan|NIP/);
    const identity = await db.prisma.chatIdentity.findUnique({ where: { channel_externalId: { channel: 'LOCAL', externalId: 'stranger' } } });
    expect(identity?.verifiedAt).toBeNull();
  });

  it('shows a linked employee the menu by name', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'ana', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const ana = chat.person('ana');
    await ana.say('halo');
    const menu = await ana.say('menu');
    expect(menu.join('\n')).toContain(employee.name);
    expect(menu.join('\n')).toContain('Bantuan');
  });

  it('processes a replayed message id once', async () => {
    const chat = createChatHarness(db, createFlowRegistry());
    const message = {
      channel: 'LOCAL' as const,
      chatId: 'replay',
      eventId: 'same-id',
      sender: { externalId: 'replay' },
      content: { kind: 'text' as const, text: 'halo' },
      receivedAt: new Date(),
    };
    expect((await chat.engine.handle(message)).status).toBe('processed');
    const outboxAfterFirst = await db.prisma.outboxMessage.count();
    expect((await chat.engine.handle(message)).status).toBe('duplicate');
    expect(await db.prisma.outboxMessage.count()).toBe(outboxAfterFirst);
    expect(await db.prisma.auditLog.count({ where: { action: 'conversation.turn' } })).toBe(1);
  });

  it('runs 50 concurrent messages of one chat one at a time, in order', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'busy', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        chat.engine.handle({
          channel: 'LOCAL',
          chatId: 'busy',
          eventId: `m${i}`,
          sender: { externalId: 'busy' },
          content: { kind: 'text', text: i % 2 === 0 ? 'bahasa' : 'menu' },
          receivedAt: new Date(),
        }),
      ),
    );
    expect(results.every((r) => r.status === 'processed')).toBe(true);
    const turns = await db.prisma.auditLog.findMany({ where: { action: 'conversation.turn' }, orderBy: { id: 'asc' } });
    expect(turns.map((t) => (t.data as { event: string }).event)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
    const session = await db.prisma.conversationSession.findUniqueOrThrow({ where: { channel_chatId: { channel: 'LOCAL', chatId: 'busy' } } });
    expect(session.revision).toBe(49);
  });

  it('closes an idle conversation politely and starts over', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'idle', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person('idle');
    await person.say('halo');
    await person.say('bahasa');
    chat.clock.advance(31 * 60_000);
    const replies = await person.say('2');
    expect(replies[0]).toMatch(/ditutup|closed/);
    const lang = await db.prisma.employee.findUniqueOrThrow({ where: { nip: employee.nip }, select: { language: true } });
    expect(lang.language).toBe('id');
  });

  it('understands the global words at any step', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'words', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person('words');
    await person.say('halo');
    await person.say('bahasa');
    expect((await person.say('batal'))[0]).toMatch(/dibatalkan/);
    expect((await person.say('bantuan')).join('\n')).toMatch(/Panduan/);
    await person.say('bahasa');
    expect((await person.say('kembali')).join('\n')).toContain(employee.name);
  });

  it('switches to English and remembers it', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'en', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person('en');
    await person.say('halo');
    await person.say('language');
    expect((await person.say('2'))[0]).toMatch(/English/);
    expect((await person.say('menu')).join('\n')).toContain('What can I do for you');
    const saved = await db.prisma.employee.findUniqueOrThrow({ where: { nip: employee.nip }, select: { language: true } });
    expect(saved.language).toBe('en');
  });

  it('gives a hint, not silence, on input it cannot use', async () => {
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'odd', employee.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const person = chat.person('odd');
    await person.say('halo');
    const replies = await person.say('🤷‍♀️🤷‍♀️ zzz');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/belum mengerti/);
  });
});
