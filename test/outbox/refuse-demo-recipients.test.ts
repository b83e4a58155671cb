import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { loadConfig } from '../../src/config';
import type { ConversationEngine } from '../../src/conversation/conversation-engine';
import { demoPhone } from '../../src/domain/demo-phone';
import { createLogger } from '../../src/logger';
import { outboxFactory } from '../../src/modules';
import type { OutboxWorker } from '../../src/outbox/outbox-worker';
import { DEMO_RECIPIENT_REFUSED } from '../../src/outbox/refuse-demo-recipients';
import type { ServiceContext } from '../../src/module';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { fakeSender } from './fake-sender';
import { enqueueTexts, testTime } from './outbox-fixtures';

const REAL_NIP = '198507122010011003';
const REAL_PHONE = '6281311112222';
const unpaced = { perSecond: Infinity, perChatPerSecond: Infinity };

describe.each(testProviders)('nothing for a demo person leaves through a real channel, on %s', (provider) => {
  let db: TestDatabase;
  let demo: { nip: string; phone: string };
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, testTime().clock);
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ select: { id: true } });
    await db.prisma.employee.create({
      data: { nip: REAL_NIP, name: 'Pegawai Sungguhan', kind: 'PNS', rank: 'III/c', position: 'Analis', unitId: unit.id, serviceStart: '2010-01-01', birthDate: '1985-07-12', gender: 'M', phone: REAL_PHONE },
    });
    const person = await db.prisma.employee.findFirstOrThrow({ where: { demo: true }, select: { nip: true, phone: true } });
    demo = { nip: person.nip, phone: person.phone! };
    // A demo person someone linked on Telegram and on WhatsApp (say on a staging box), and a real employee on both.
    await linkIdentity(db, 'TELEGRAM', '5001', demo.nip);
    await linkIdentity(db, 'WHATSAPP', '628777000111@s.whatsapp.net', demo.nip);
    await linkIdentity(db, 'TELEGRAM', '5002', REAL_NIP);
    await linkIdentity(db, 'WHATSAPP', `${REAL_PHONE}@s.whatsapp.net`, REAL_NIP);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('dead-letters them in the production outbox worker; the real employee and the local chat get theirs', async () => {
    const { clock } = testTime();
    const telegram = fakeSender(clock, { channel: 'TELEGRAM', pacing: unpaced });
    const whatsapp = fakeSender(clock, { channel: 'WHATSAPP', pacing: unpaced });
    const local = fakeSender(clock, { channel: 'LOCAL', pacing: unpaced });
    const ctx = {
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db,
      clock,
      logger: createLogger('silent'),
      engine: undefined as unknown as ConversationEngine,
      flows: createFlowRegistry(),
      wakeOutbox: () => undefined,
    } satisfies ServiceContext;
    // The factory builds an OutboxWorker; its type only promises a background service.
    const worker = outboxFactory(ctx, [telegram, whatsapp, local]) as OutboxWorker;

    await enqueueTexts(db, ['5001', '5002'], 1, 'TELEGRAM');
    // A linked demo chat, the demo person's number on record (a link code), a number in the reserved range, a real one.
    await enqueueTexts(db, ['628777000111@s.whatsapp.net', `${demo.phone}@s.whatsapp.net`, `${demoPhone(999)}@s.whatsapp.net`, `${REAL_PHONE}@s.whatsapp.net`], 1, 'WHATSAPP');
    await enqueueTexts(db, [`web:${demo.nip}`], 1, 'LOCAL');
    await worker.drainOnce();

    expect(telegram.attempts.map((s) => s.chatId)).toEqual(['5002']);
    expect(whatsapp.attempts.map((s) => s.chatId)).toEqual([`${REAL_PHONE}@s.whatsapp.net`]);
    expect(local.delivered.map((s) => s.chatId)).toEqual([`web:${demo.nip}`]);
    const dead = await db.prisma.outboxMessage.findMany({ where: { status: 'DEAD' }, select: { chatId: true, lastError: true }, orderBy: { id: 'asc' } });
    expect(dead).toEqual(
      ['5001', '628777000111@s.whatsapp.net', `${demo.phone}@s.whatsapp.net`, `${demoPhone(999)}@s.whatsapp.net`].map((chatId) => ({ chatId, lastError: DEMO_RECIPIENT_REFUSED })),
    );
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(3);
  });
});
