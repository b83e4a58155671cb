import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { enqueue } from '../../src/outbox/enqueue';
import { demoPeople, linkIdentity } from '../support/factories';
import { createChatHarness } from '../support/chat-harness';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { seedDemoAt } from '../services/payslips/payroll-fixtures';

/** A month's broadcast already queued on the chat's channel: `count` bulk rows to other chats. */
async function queueBroadcast(db: TestDatabase, count: number) {
  await db.prisma.$transaction(
    (tx) =>
      enqueue(
        tx,
        Array.from({ length: count }, (_, i) => ({
          channel: 'LOCAL' as const,
          chatId: `other${i}`,
          purpose: 'payslip' as const,
          message: { kind: 'text' as const, text: 'Slip gaji Oktober 2026 sudah tersedia.' },
        })),
      ),
    { timeout: 60_000 },
  );
}

describe.each(testProviders)('a payslip asked for while payslips are queued (%s)', (provider) => {
  let db: TestDatabase;
  let employee: { id: number; nip: string; name: string };
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    ({ employee } = await demoPeople(db));
    await db.prisma.outboxMessage.deleteMany();
  });
  afterEach(async () => {
    await db.drop();
  });

  // The channel sends one message a second, as WhatsApp does.
  async function chatOf(externalId: string) {
    await linkIdentity(db, 'LOCAL', externalId, employee.nip);
    const chat = createChatHarness(db, createFlowRegistry(), { sendRates: new Map([['LOCAL', 1]]) });
    return chat.person(externalId);
  }

  it('says roughly when the slip will arrive behind a broadcast, and queues it once in the bulk lane', async () => {
    await queueBroadcast(db, 700);
    const ana = await chatOf('ana');
    await ana.say('slip');
    await ana.say('1');
    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: employee.id, period: { period: '2026-10' } } });
    // 700 ahead of it and the chat's own replies, at one a second: 12 minutes.
    expect(ana.last).toEqual([
      { kind: 'text', text: 'Slip gaji Oktober 2026 Anda dalam antrean, perkiraan 12 menit.' },
      expect.objectContaining({ kind: 'document', source: { type: 'payslip', payslipId: slip.id } }),
    ]);
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId: 'ana', status: 'PENDING' }, orderBy: { id: 'asc' }, select: { lane: true, ref: true } });
    expect(rows.slice(-2)).toEqual([
      { lane: 'INTERACTIVE', ref: null },
      { lane: 'BULK', ref: `payslip:${slip.id}` },
    ]);

    // Asked again while it waits: told its wait, nothing queued or recorded twice.
    await db.prisma.outboxMessage.updateMany({ where: { chatId: { startsWith: 'other' }, id: { lt: (await firstOther(db)) + 119 } }, data: { status: 'SENT' } });
    await ana.say('slip');
    await ana.say('1');
    expect(ana.last).toEqual([{ kind: 'text', text: 'Slip gaji Oktober 2026 Anda dalam antrean, perkiraan 10 menit.' }]);
    expect(await db.prisma.outboxMessage.count({ where: { ref: `payslip:${slip.id}` } })).toBe(1);
    expect(await db.prisma.payslipDelivery.count({ where: { payslipId: slip.id } })).toBe(1);
  });

  it('says nothing of a wait under a minute, and speaks English to those who chose it', async () => {
    await queueBroadcast(db, 30);
    const ana = await chatOf('ana');
    await ana.say('slip');
    await ana.say('1');
    expect(ana.last).toEqual([expect.objectContaining({ kind: 'document' })]);
    await queueBroadcast(db, 7_200);
    await db.prisma.employee.update({ where: { id: employee.id }, data: { language: 'en' } });
    await db.prisma.outboxMessage.updateMany({ where: { chatId: 'ana' }, data: { status: 'SENT' } });
    await ana.say('slip');
    await ana.say('1');
    expect(ana.last[0]).toEqual({ kind: 'text', text: 'Your payslip for October 2026 is in the queue, expected in about 2 h 1 min.' });
  });
});

async function firstOther(db: TestDatabase): Promise<number> {
  const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: { startsWith: 'other' } }, orderBy: { id: 'asc' }, select: { id: true } });
  return row.id;
}
