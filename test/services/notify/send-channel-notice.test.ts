import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEND_PRIORITY } from '../../../src/chat/envelope';
import { fixedClock } from '../../../src/clock';
import { sendChannelNotice } from '../../../src/services/notify/send-channel-notice';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

describe.each(testProviders)('sendChannelNotice on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });
  const rows = () => db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { channel: true, chatId: true, payload: true, dedupeKey: true, priority: true } });

  it('answers in the sender’s language through the outbox, once per event', async () => {
    await linkIdentity(db, 'TELEGRAM', '5001', people.employee.nip);
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: 'en' } });
    const notice = { channel: 'TELEGRAM', chatId: '5001', externalId: '5001', eventId: '77', key: 'telegram.file_too_large', params: { mb: 10 }, tag: 'too-large' } as const;
    await sendChannelNotice(db, notice);
    await sendChannelNotice(db, notice);
    expect(await rows()).toEqual([
      {
        channel: 'TELEGRAM',
        chatId: '5001',
        payload: { kind: 'text', text: 'The file is too large (at most 10 MB). Please send a smaller photo or PDF.' },
        dedupeKey: 'telegram:too-large:77',
        priority: SEND_PRIORITY.normal,
      },
    ]);
  });

  it('answers a stranger in Bahasa Indonesia at stranger priority, once per `oncePer` whatever the event', async () => {
    const notice = { channel: 'WHATSAPP', chatId: '99@lid', key: 'whatsapp.unrecognised_number', oncePer: '99@lid:2026-11-27' } as const;
    await sendChannelNotice(db, { ...notice, eventId: 'a' });
    await sendChannelNotice(db, { ...notice, eventId: 'b' });
    const sent = await rows();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'WHATSAPP', chatId: '99@lid', dedupeKey: 'whatsapp:whatsapp.unrecognised_number:99@lid:2026-11-27', priority: SEND_PRIORITY.stranger });
    expect(JSON.stringify(sent[0]!.payload)).toContain('Maaf, nomor WhatsApp Anda tidak dapat dikenali');
  });
});
