import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WAMessage } from '@whiskeysockets/baileys';
import { createWhatsappChannel } from '../../../src/channels/whatsapp/whatsapp-channel';
import { whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import type { InboundMessage } from '../../../src/chat/inbound-message';
import { fixedClock } from '../../../src/clock';
import { createLogger } from '../../../src/logger';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { fakeSockets } from './fake-socket';
import { text } from './messages';
import { NOW, startWhatsappHarness, type WhatsappHarness } from './whatsapp-harness';

const jidOf = (phone: string) => `${phone}@s.whatsapp.net`;
const strangerJid = (n: number) => `62899000${String(n).padStart(5, '0')}@s.whatsapp.net`;

describe('WhatsApp floods: strangers answered once, employees first', () => {
  let db: TestDatabase;
  let wa: WhatsappHarness;
  let employee: { nip: string; phone: string };

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    const people = await demoPeople(db);
    const row = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { phone: true } });
    employee = { nip: people.employee.nip, phone: row.phone! };
    wa = await startWhatsappHarness(db);
  });
  afterEach(async () => {
    await wa.close();
    await db.drop();
  });

  it('answers a stranger’s 100 messages in a minute once: as many messages as one “halo” draws', async () => {
    const baseline = (await wa.person({ jid: strangerJid(1) }).say('halo')).length;
    expect(baseline).toBeGreaterThan(0);

    const flooder = wa.person({ jid: strangerJid(2) });
    wa.socket.receive(...Array.from({ length: 100 }, (_, n) => text(flooder.from, `halo ${n}`)));
    await wa.settle();
    expect(flooder.received()).toHaveLength(baseline);
    // 20 a minute became turns (recorded, the hints not sent); the other 80 were dropped before any work.
    expect(await db.prisma.processedEvent.count({ where: { eventId: { not: '' } } })).toBe(1 + 20);
    expect(await db.prisma.auditLog.count({ where: { action: 'conversation.turn', entityId: `WHATSAPP:${strangerJid(2)}` } })).toBe(20);

    // An hour later an unreadable message is answered again (with the hint), once.
    wa.clock.advance(61 * 60_000);
    expect((await flooder.say('apa ini')).length).toBeGreaterThan(0);
    expect(await flooder.say('apa ini?')).toEqual([]);
  });

  it('still answers a stranger who answers the question asked (linking goes on)', async () => {
    const newcomer = wa.person({ jid: jidOf(employee.phone) });
    expect((await newcomer.say('halo')).join('\n')).toMatch(/NIP/);
    expect(await newcomer.say('1234')).toEqual([]);
    expect(await newcomer.say(employee.nip)).toEqual([expect.stringMatching(/tanggal lahir/)]);
  });

  it('sends an employee’s reply before the answers to 40 strangers who wrote first', async () => {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    const strangers = Array.from({ length: 40 }, (_, n) => text({ jid: strangerJid(100 + n) }, 'halo'));
    wa.socket.receive(...strangers, text({ jid: jidOf(employee.phone) }, 'saldo'));
    await wa.settle();
    const first = wa.socket.sent[0]!;
    expect(first.jid).toBe(jidOf(employee.phone));
    const employeeMessages = wa.socket.sent.filter((s) => s.jid === jidOf(employee.phone)).length;
    expect(wa.socket.sent.slice(0, employeeMessages).every((s) => s.jid === jidOf(employee.phone))).toBe(true);
    expect(new Set(wa.socket.sent.map((s) => s.jid)).size).toBe(41);
  });

  it('drops an employee’s messages beyond 20 a minute, and takes them again the next minute', async () => {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    const ana = wa.person({ jid: jidOf(employee.phone) });
    wa.socket.receive(...Array.from({ length: 25 }, () => text(ana.from, 'saldo')));
    await wa.channel.inbound.idle();
    expect(await db.prisma.processedEvent.count()).toBe(20);
    wa.clock.advance(60_000);
    expect((await ana.say('saldo')).length).toBeGreaterThan(0);
    expect(await db.prisma.processedEvent.count()).toBe(21);
  });
});

describe('WhatsApp inbound work in flight', () => {
  it('handles at most `maxInFlight` messages at once, keeps `maxWaiting` waiting in order, and drops beyond that with a warning', async () => {
    const db = await createTestDatabase('sqlite');
    const built = fakeSockets();
    const started: string[] = [];
    const release: Array<() => void> = [];
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = ((_: unknown, message: string) => void warnings.push(message)) as typeof logger.warn;
    const channel = createWhatsappChannel({
      db,
      clock: fixedClock(NOW),
      engine: {
        handle: (message: InboundMessage) => {
          started.push(message.content.kind === 'text' ? message.content.text : '');
          return new Promise((resolve) => release.push(() => resolve({ status: 'duplicate' })));
        },
        handleFile: async () => ({ status: 'duplicate' }),
      },
      logger,
      pacing: whatsappPacing(1, 400),
      socketFactory: built.factory,
      showQr: () => undefined,
      inbound: { maxInFlight: 2, maxWaiting: 4 },
    });
    await channel.service.start();
    const socket = built.last();
    const messages: WAMessage[] = Array.from({ length: 6 }, (_, n) => text({ jid: strangerJid(500 + n) }, `m${n}`));
    socket.receive(...messages);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['m0', 'm1']);
    // Six arrive at once: four are taken (two start, two wait), two are dropped and logged.
    expect(warnings).toEqual(['whatsapp: inbound queue full, message dropped', 'whatsapp: inbound queue full, message dropped']);
    release.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['m0', 'm1', 'm2']);
    while (release.length > 0 || started.length < 4) {
      release.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await channel.inbound.idle();
    expect(started).toEqual(['m0', 'm1', 'm2', 'm3']);
    await channel.service.stop();
    await db.drop();
  });
});
