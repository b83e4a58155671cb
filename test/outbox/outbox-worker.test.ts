import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker, type DeadLetter } from '../../src/outbox/outbox-worker';
import { enqueue } from '../../src/outbox/enqueue';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { chatIds, enqueueTexts, resetOutbox, testTime } from './outbox-fixtures';
import { fakeSender } from './fake-sender';

describe.each(testProviders)('outbox worker (%s)', (provider) => {
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

  it('sends every pending message once and marks it SENT after the channel accepted it', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await enqueueTexts(db, chatIds(5), 2);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    const stats = await worker.drainOnce();

    expect(stats).toMatchObject({ sent: 10, dead: 0, retried: 0 });
    expect(sender.attempts.map((s) => s.text).sort()).toEqual(chatIds(5).flatMap((c) => [`${c}#1`, `${c}#2`]).sort());
    const rows = await db.prisma.outboxMessage.findMany({ select: { status: true, sentAt: true, lockedBy: true, attempts: true } });
    expect(rows.every((r) => r.status === 'SENT' && r.sentAt !== null && r.lockedBy === null && r.attempts === 1)).toBe(true);
    expect(await worker.drainOnce()).toMatchObject({ claimed: 0, sent: 0 });
  });

  it('retries a failed message with growing backoff and keeps its chat in order meanwhile', async () => {
    const { clock, sleep } = testTime();
    let failures = 0;
    const sender = fakeSender(clock, {
      answer: (_chat, text) => (text === 'a#1' && ++failures <= 2 ? { ok: false, error: 'ETIMEDOUT' } : { ok: true }),
    });
    await enqueueTexts(db, ['a'], 3);
    await enqueueTexts(db, ['b'], 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], random: () => 0.5, backoff: { baseMs: 1000 } });

    const first = await worker.drainOnce();
    expect(first).toMatchObject({ sent: 1, retried: 1 });
    expect(sender.delivered.map((s) => s.text)).toEqual(['b#1']);
    const failed = await db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: 'a' }, orderBy: { id: 'asc' } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'ETIMEDOUT', lockedBy: null });
    const firstDelay = failed.nextAttemptAt.getTime() - clock.now().getTime();
    expect(firstDelay).toBeGreaterThan(0);

    clock.advance(firstDelay);
    expect(await worker.drainOnce()).toMatchObject({ retried: 1, sent: 0 });
    const again = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } });
    expect(again.attempts).toBe(2);
    expect(again.nextAttemptAt.getTime() - clock.now().getTime()).toBeGreaterThan(firstDelay);

    clock.advance(again.nextAttemptAt.getTime() - clock.now().getTime());
    expect(await worker.drainOnce()).toMatchObject({ sent: 3 });
    expect(sender.delivered.filter((s) => s.chatId === 'a').map((s) => s.text)).toEqual(['a#1', 'a#2', 'a#3']);
    expect(sender.attempts.filter((s) => s.text === 'a#2')).toHaveLength(1);
  });

  it('dead-letters a message after maxAttempts failures with its last error, then goes on with the chat', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { answer: (_c, text) => (text === 'a#1' ? { ok: false, error: 'HTTP 502' } : { ok: true }) });
    await enqueueTexts(db, ['a'], 2);
    const dead: DeadLetter[] = [];
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender], maxAttempts: 3, onDead: (d) => dead.push(d) });

    for (let round = 0; round < 3; round += 1) {
      await worker.drainOnce();
      clock.advance(3_600_000);
    }
    await worker.drainOnce();

    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { status: true, attempts: true, lastError: true } });
    expect(rows).toEqual([
      { status: 'DEAD', attempts: 3, lastError: 'HTTP 502' },
      { status: 'SENT', attempts: 1, lastError: null },
    ]);
    expect(dead).toEqual([expect.objectContaining({ chatId: 'a', error: 'HTTP 502' })]);
    expect(sender.attempts.filter((s) => s.text === 'a#1')).toHaveLength(3);
  });

  it('dead-letters at once and marks the chat identity unreachable when the person blocked the bot', async () => {
    const { clock, sleep } = testTime();
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: 'blocked', verifiedAt: clock.now() } });
    const sender = fakeSender(clock, {
      answer: (chatId) => (chatId === 'blocked' ? { ok: false, error: 'Forbidden: bot was blocked by the user', unreachable: true } : { ok: true }),
    });
    await enqueueTexts(db, ['blocked', 'fine'], 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    expect(await worker.drainOnce()).toMatchObject({ sent: 1, dead: 1, retried: 0 });
    const identity = await db.prisma.chatIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'TELEGRAM', externalId: 'blocked' } } });
    expect(identity.unreachableAt).not.toBeNull();
    expect(identity.unreachableAt!.getTime()).toBeLessThanOrEqual(clock.now().getTime());
    expect(await db.prisma.outboxMessage.findFirst({ where: { chatId: 'blocked' }, select: { status: true } })).toEqual({ status: 'DEAD' });
  });

  it('sends a message carrying a one-time code as it is, and keeps only its masked form once sent or given up', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { answer: (chatId) => (chatId === 'gone' ? { ok: false, error: 'Forbidden: user is deactivated', unreachable: true } : { ok: true }) });
    const otp = (chatId: string) => ({ channel: 'TELEGRAM' as const, chatId, purpose: 'code' as const, message: { kind: 'text' as const, text: 'Kode: 123 456 789', afterSend: 'Kode: ••• ••• •••' } });
    await db.prisma.$transaction((tx) => enqueue(tx, [otp('ok'), otp('gone'), { channel: 'TELEGRAM', chatId: 'ok', purpose: 'reply', message: { kind: 'text', text: 'biasa' } }]));
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    expect(await worker.drainOnce()).toMatchObject({ sent: 2, dead: 1 });
    expect(sender.delivered.map((s) => s.text)).toEqual(['Kode: 123 456 789', 'biasa']);
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { chatId: true, status: true, payload: true } });
    expect(rows).toEqual([
      { chatId: 'ok', status: 'SENT', payload: { kind: 'text', text: 'Kode: ••• ••• •••' } },
      { chatId: 'gone', status: 'DEAD', payload: { kind: 'text', text: 'Kode: ••• ••• •••' } },
      { chatId: 'ok', status: 'SENT', payload: { kind: 'text', text: 'biasa' } },
    ]);
  });

  it('waits as long as a 429 asks before sending on that channel again, without counting an attempt', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock, { answer: (_c, _t, call) => (call === 2 ? { ok: false, error: '429 Too Many Requests', retryAfterMs: 7000 } : { ok: true }) });
    await enqueueTexts(db, chatIds(4), 1);
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    expect(await worker.drainOnce()).toMatchObject({ sent: 4, throttled: 1 });
    const [, refused, ...rest] = sender.attempts;
    for (const later of rest) expect(later.at).toBeGreaterThanOrEqual(refused!.at + 7000);
    expect(sender.delivered.map((s) => s.text)).toContain(refused!.text);
    const rows = await db.prisma.outboxMessage.findMany({ select: { attempts: true } });
    expect(rows.map((r) => r.attempts)).toEqual([1, 1, 1, 1]);
  });

  it('decodes inline documents and asks the resolver for payslips', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await db.prisma.$transaction((tx) =>
      enqueue(tx, [
        { channel: 'TELEGRAM', chatId: 'hr', purpose: 'digest', message: { kind: 'document', fileName: 'a.csv', mimeType: 'text/csv', caption: 'CSV', source: { type: 'inline', base64: Buffer.from('x,y\n').toString('base64') } } },
        { channel: 'TELEGRAM', chatId: 'p', purpose: 'reply', message: { kind: 'document', fileName: 's.pdf', mimeType: 'application/pdf', caption: 'Slip', source: { type: 'payslip', payslipId: 42 } } },
      ]),
    );
    const asked: number[] = [];
    const worker = createOutboxWorker({
      db, clock, sleep, senders: [sender],
      resolveDocument: async (source) => {
        asked.push(source.type === 'payslip' ? source.payslipId : -1);
        return Buffer.from('%PDF');
      },
    });

    expect(await worker.drainOnce()).toMatchObject({ sent: 2 });
    const byChat = new Map(sender.delivered.map((s) => [s.chatId, s.document]));
    expect(byChat.get('hr')).toMatchObject({ fileName: 'a.csv', mimeType: 'text/csv', caption: 'CSV', content: Buffer.from('x,y\n') });
    expect(byChat.get('p')?.content.toString()).toBe('%PDF');
    expect(asked).toEqual([42]);
  });

  it('dead-letters a row whose payload is not a message, and leaves channels it cannot send through alone', async () => {
    const { clock, sleep } = testTime();
    const sender = fakeSender(clock);
    await db.prisma.outboxMessage.create({ data: { channel: 'TELEGRAM', chatId: 'x', payload: { kind: 'hologram' } } });
    await enqueueTexts(db, ['w'], 1, 'WHATSAPP');
    const worker = createOutboxWorker({ db, clock, sleep, senders: [sender] });

    expect(await worker.drainOnce()).toMatchObject({ dead: 1, sent: 0 });
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { status: true, lastError: true } });
    expect(rows[0]).toMatchObject({ status: 'DEAD', lastError: expect.stringContaining('invalid payload') });
    expect(rows[1]).toMatchObject({ status: 'PENDING', lastError: null });
  });
});
