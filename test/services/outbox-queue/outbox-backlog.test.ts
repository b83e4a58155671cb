import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../src/chat/envelope';
import { sustainedRate } from '../../../src/chat/channel-sender';
import { enqueue } from '../../../src/outbox/enqueue';
import { outboxBacklog } from '../../../src/services/outbox-queue/outbox-backlog';
import { bulkQueueWait } from '../../../src/services/outbox-queue/queue-wait';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const slip = (chatId: string, payslipId: number): Envelope => ({
  channel: 'WHATSAPP',
  chatId,
  purpose: 'payslip',
  message: { kind: 'document', fileName: 's.pdf', mimeType: 'application/pdf', caption: 'Slip', source: { type: 'payslip', payslipId } },
});
const reply = (chatId: string): Envelope => ({ channel: 'WHATSAPP', chatId, purpose: 'reply', message: { kind: 'text', text: 'Saldo cuti Anda 12 hari' } });

describe.each(testProviders)('outbox queue size and drain time (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await db.prisma.outboxMessage.deleteMany();
  });

  // WhatsApp at one message a second; Telegram at 30 with nothing queued.
  const rates = new Map([
    ['WHATSAPP', sustainedRate({ perSecond: 1, perChatPerSecond: 1 })],
    ['TELEGRAM', 30],
  ] as const);

  it('counts each channel and lane, the interactive lane draining first, and lists idle channels', async () => {
    const now = new Date();
    await enqueue(db.prisma, Array.from({ length: 720 }, (_, i) => slip(`62812${i}`, i + 1)));
    await enqueue(db.prisma, [reply('62899'), reply('62898')]);
    await db.prisma.outboxMessage.updateMany({ where: { chatId: '628120' }, data: { createdAt: new Date(now.getTime() - 90_000) } });
    await db.prisma.outboxMessage.updateMany({ where: { chatId: '628121' }, data: { status: 'SENT' } });
    const backlog = await outboxBacklog(db.prisma, rates, now);
    expect(backlog.map(({ oldestAt: _, ...b }) => b)).toEqual([
      { channel: 'TELEGRAM', lane: 'INTERACTIVE', pending: 0, oldestAgeSeconds: 0, drainSeconds: 0 },
      { channel: 'TELEGRAM', lane: 'BULK', pending: 0, oldestAgeSeconds: 0, drainSeconds: 0 },
      { channel: 'WHATSAPP', lane: 'INTERACTIVE', pending: 2, oldestAgeSeconds: expect.any(Number), drainSeconds: 2 },
      // 719 slips behind the 2 replies, at one a second: 12 minutes.
      { channel: 'WHATSAPP', lane: 'BULK', pending: 719, oldestAgeSeconds: 90, drainSeconds: 721 },
    ]);
  });

  it('estimates a bulk message’s wait from the rows ahead of it in its lane and the interactive ones', async () => {
    await enqueue(db.prisma, Array.from({ length: 300 }, (_, i) => slip(`62812${i}`, i + 1)));
    await enqueue(db.prisma, [reply('62899')]);
    const rows = await db.prisma.outboxMessage.findMany({ where: { lane: 'BULK' }, orderBy: { id: 'asc' }, select: { id: true } });
    expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', rows[100]!.id)).toBe(102);
    // One about to be enqueued waits for all of them.
    expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', null)).toBe(302);
    expect(await bulkQueueWait(db.prisma, rates, 'TELEGRAM', null)).toBe(1);
    expect(await bulkQueueWait(db.prisma, new Map(), 'WHATSAPP', null)).toBeNull();
  });

  it('counts a long queue (a minute or more) at most once a second, and a short one every time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Past anything an earlier test kept.
      vi.setSystemTime(Date.now() + 5_000);
      await enqueue(db.prisma, Array.from({ length: 300 }, (_, i) => slip(`62812${i}`, i + 1)));
      expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', null)).toBe(301);
      await enqueue(db.prisma, Array.from({ length: 50 }, (_, i) => slip(`62813${i}`, i + 400)));
      // Within the second: the same estimate, not counted again.
      vi.setSystemTime(Date.now() + 900);
      expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', null)).toBe(301);
      // A row's own wait is always counted.
      const [last] = await db.prisma.outboxMessage.findMany({ where: { lane: 'BULK' }, orderBy: { id: 'desc' }, take: 1, select: { id: true } });
      expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', last!.id)).toBe(350);
      vi.setSystemTime(Date.now() + 100);
      expect(await bulkQueueWait(db.prisma, rates, 'WHATSAPP', null)).toBe(351);
      // Telegram's queue drains within a minute: counted on every call.
      const telegram = (chatId: string): Envelope => ({ ...slip(chatId, 1), channel: 'TELEGRAM' });
      expect(await bulkQueueWait(db.prisma, rates, 'TELEGRAM', null)).toBe(1);
      await enqueue(db.prisma, Array.from({ length: 59 }, (_, i) => telegram(`7${i}`)));
      expect(await bulkQueueWait(db.prisma, rates, 'TELEGRAM', null)).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('slows a jittered pace by half its jitter on average', () => {
    expect(sustainedRate({ perSecond: 1, perChatPerSecond: 1, jitterMs: 1000 })).toBeCloseTo(1 / 1.5);
    expect(sustainedRate({ perSecond: 30, perChatPerSecond: 1 })).toBeCloseTo(30);
  });
});
