import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEND_PRIORITY, type Envelope } from '../../../src/chat/envelope';
import { enqueue } from '../../../src/outbox/enqueue';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const text = (chatId: string, body: string, dedupeKey?: string): Envelope => ({
  channel: 'TELEGRAM',
  chatId,
  purpose: 'reply',
  message: { kind: 'text', text: body },
  ...(dedupeKey ? { dedupeKey } : {}),
});

describe.each(testProviders)('the outbox insert on %s', (provider) => {
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

  const rows = () =>
    db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { chatId: true, payload: true, dedupeKey: true, priority: true, lane: true, ref: true, status: true, attempts: true } });

  it('writes the rows in order, with their columns and defaults', async () => {
    const card: Envelope = {
      channel: 'TELEGRAM',
      chatId: 'c2',
      purpose: 'card',
      message: { kind: 'choices', text: 'Setujui?', choices: [{ label: 'Ya', value: 'y' }], ref: 'step-1' },
      priority: SEND_PRIORITY.stranger,
    };
    // A payslip PDF is bulk even as a conversation's reply; a notice is bulk by its purpose.
    const slip: Envelope = {
      channel: 'TELEGRAM',
      chatId: 'c3',
      purpose: 'reply',
      message: { kind: 'document', fileName: 's.pdf', mimeType: 'application/pdf', caption: 'Slip', source: { type: 'payslip', payslipId: 7 } },
    };
    const notice: Envelope = { ...text('c3', 'Cuti disetujui'), purpose: 'notice' };
    await db.prisma.$transaction((tx) => enqueue(tx, [text('c1', 'satu'), card, text('c1', 'dua', 'k1'), slip, notice]));
    expect(await rows()).toEqual([
      { chatId: 'c1', payload: { kind: 'text', text: 'satu' }, dedupeKey: null, priority: 0, lane: 'INTERACTIVE', ref: null, status: 'PENDING', attempts: 0 },
      { chatId: 'c2', payload: card.message, dedupeKey: null, priority: SEND_PRIORITY.stranger, lane: 'INTERACTIVE', ref: 'step-1', status: 'PENDING', attempts: 0 },
      { chatId: 'c1', payload: { kind: 'text', text: 'dua' }, dedupeKey: 'k1', priority: 0, lane: 'INTERACTIVE', ref: null, status: 'PENDING', attempts: 0 },
      { chatId: 'c3', payload: slip.message, dedupeKey: null, priority: 0, lane: 'BULK', ref: 'payslip:7', status: 'PENDING', attempts: 0 },
      { chatId: 'c3', payload: notice.message, dedupeKey: null, priority: 0, lane: 'BULK', ref: null, status: 'PENDING', attempts: 0 },
    ]);
    const [first] = await db.prisma.outboxMessage.findMany({ select: { nextAttemptAt: true, createdAt: true } });
    expect(Math.abs(first!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(first!.nextAttemptAt.getTime()).toBe(first!.createdAt.getTime());
  });

  it('skips a dedupe key already stored or earlier in the same list, and keeps the rest', async () => {
    await enqueue(db.prisma, [text('c1', 'first', 'k1')]);
    await enqueue(db.prisma, [text('c1', 'again', 'k1'), text('c1', 'new', 'k2'), text('c1', 'twice', 'k2'), text('c1', 'plain')]);
    expect((await rows()).map((r) => r.payload)).toEqual([
      { kind: 'text', text: 'first' },
      { kind: 'text', text: 'new' },
      { kind: 'text', text: 'plain' },
    ]);
  });

  it('skips, without an error, a key another open transaction wrote first', async () => {
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const first = db.prisma.$transaction(async (tx) => {
      await enqueue(tx, [text('c1', 'one', 'race')]);
      wrote();
      await finishing;
    });
    await written;
    // SQLite has one writer: the second transaction starts only after the first committed.
    const second = db.prisma.$transaction((tx) => enqueue(tx, [text('c1', 'two', 'race')]));
    setTimeout(finish, 50);
    await Promise.all([first, second]);
    expect((await rows()).map((r) => r.payload)).toEqual([{ kind: 'text', text: 'one' }]);
  });

  it('does nothing for no envelopes', async () => {
    await enqueue(db.prisma, []);
    expect(await rows()).toEqual([]);
  });
});
