import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/chat/envelope';
import type { MessagePurpose } from '../../src/chat/outbox-lane';
import { claimMessages } from '../../src/outbox/claim-messages';
import { enqueue } from '../../src/outbox/enqueue';
import { createOutboxWorker } from '../../src/outbox/outbox-worker';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { fakeSender } from './fake-sender';
import { resetOutbox, testTime } from './outbox-fixtures';

const text = (chatId: string, body: string, purpose: MessagePurpose): Envelope => ({ channel: 'WHATSAPP', chatId, purpose, message: { kind: 'text', text: body } });
const slip = (chatId: string, payslipId: number): Envelope => ({
  channel: 'WHATSAPP',
  chatId,
  purpose: 'payslip',
  message: { kind: 'document', fileName: 'slip.pdf', mimeType: 'application/pdf', caption: `slip ${payslipId}`, source: { type: 'payslip', payslipId } },
});
const bodyOf = (payload: unknown) => {
  const p = payload as { text?: string; caption?: string };
  return p.text ?? p.caption ?? '';
};

describe.each(testProviders)('outbox lanes (%s)', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetOutbox(db);
  });

  async function put(envelopes: Envelope[]) {
    await db.prisma.$transaction((tx) => enqueue(tx, envelopes), { timeout: 60_000 });
  }
  const claim = (workerId: string, limit: number, now: Date, lowLimit = limit) =>
    claimMessages(db, { workerId, now, leaseMs: 60_000, limit, perChat: 3, channels: ['WHATSAPP'], lowLimit });

  it('claims replies and cards of any chat before 2,000 payslips queued ahead of them, bulk only in the room left', async () => {
    const { clock } = testTime();
    await put(Array.from({ length: 2000 }, (_, i) => slip(`62811${i}`, i + 1)));
    await put([text('employee', 'Saldo cuti Anda 12 hari', 'reply'), text('supervisor', 'Permohonan cuti Ana: setujui?', 'card'), text('hr', 'Ringkasan harian', 'digest')]);
    const rows = await claim('w1', 10, clock.now(), 5);
    expect(rows.filter((r) => r.lane === 'INTERACTIVE').map((r) => r.chatId).sort()).toEqual(['employee', 'supervisor']);
    // The rest is bulk, the oldest first, within the low limit; the digest waits behind the payslips queued before it.
    const bulk = rows.filter((r) => r.lane === 'BULK');
    expect(bulk.map((r) => r.chatId)).toEqual(['628110', '628111', '628112', '628113', '628114']);
    expect(rows).toHaveLength(7);
  });

  it('lets a chat’s reply overtake its own queued payslip, and keeps each lane of the chat in order', async () => {
    const { clock } = testTime();
    await put([slip('ana', 1), text('ana', 'Cuti Anda disetujui', 'notice'), text('ana', 'Slip gaji Anda dalam antrean', 'reply'), text('ana', 'Pilih bulan', 'reply')]);
    const rows = await claim('w1', 10, clock.now());
    // Three a chat, its replies first: the notice waits for the next claim.
    expect(rows.map((r) => [r.lane, bodyOf(r.payload)])).toEqual([
      ['BULK', 'slip 1'],
      ['INTERACTIVE', 'Slip gaji Anda dalam antrean'],
      ['INTERACTIVE', 'Pilih bulan'],
    ]);
    // Held by w1, the chat's bulk rows do not hold back its next reply for another claim.
    await resetOutbox(db);
    await put([slip('ana', 1), text('ana', 'Cuti Anda disetujui', 'notice')]);
    expect(await claim('w1', 10, clock.now())).toHaveLength(2);
    await put([text('ana', 'Saldo cuti Anda 12 hari', 'reply'), slip('ana', 2)]);
    const next = await claim('w2', 10, clock.now());
    // The reply comes; the second slip waits for the first (its lane's earlier row is leased).
    expect(next.map((r) => bodyOf(r.payload))).toEqual(['Saldo cuti Anda 12 hari']);
  });

  it('sends an employee’s reply and a supervisor’s card first through a channel busy with payslips, each chat’s reply before its own slip', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { channel: 'WHATSAPP', pacing: { perSecond: 1, perChatPerSecond: 1 } });
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], batchSize: 20, random: () => 0.5, resolveDocument: async () => Buffer.from('%PDF') });
    await put(Array.from({ length: 30 }, (_, i) => slip(`62811${i}`, i + 1)));
    await put([slip('ana', 99), text('ana', 'Slip gaji Anda dalam antrean', 'reply'), text('supervisor', 'Permohonan cuti Ana: setujui?', 'card')]);
    await worker.drainOnce();
    const order = sender.delivered.map((d) => `${d.chatId}:${d.text}`);
    expect(order).toHaveLength(33);
    const at = (entry: string) => order.indexOf(entry);
    // Queued behind 31 slips, the reply and the card go out first.
    expect([at('ana:Slip gaji Anda dalam antrean'), at('supervisor:Permohonan cuti Ana: setujui?')].sort()).toEqual([0, 1]);
    expect(at('ana:slip 99')).toBeGreaterThan(at('ana:Slip gaji Anda dalam antrean'));
    expect(at('ana:slip 99')).toBeGreaterThan(at('6281129:slip 30') - 1);
  });
});
