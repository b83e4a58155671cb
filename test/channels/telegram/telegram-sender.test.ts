import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../../src/channels/telegram/telegram-channel';
import { fixedClock } from '../../../src/clock';
import type { Envelope } from '../../../src/chat/envelope';
import type { OutboundMessage } from '../../../src/chat/outbound-message';
import { createLogger } from '../../../src/logger';
import { enqueue } from '../../../src/outbox/enqueue';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { recordingEngine } from './recording-engine';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';

describe('Telegram sender: neutral messages as Bot API calls', () => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  const chatId = '700301';

  const send = async (...messages: OutboundMessage[]) => {
    const envelopes: Envelope[] = messages.map((message) => ({ channel: 'TELEGRAM', chatId, message, purpose: 'reply' }));
    await db.prisma.$transaction((tx) => enqueue(tx, envelopes));
    return tg.drain();
  };
  const card: OutboundMessage = {
    kind: 'choices',
    text: 'Permohonan *cuti tahunan* Ana, 3 hari',
    ref: 'step:T0K3N',
    choices: [
      { value: 'd:T0K3N:A', label: '✅ Setujui' },
      { value: 'd:T0K3N:R', label: '❌ Tolak' },
    ],
  };

  beforeEach(async () => {
    db = await createTestDatabase();
    tg = await startTelegramHarness(db, { engine: recordingEngine() });
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('paces at Telegram limits: 30 messages a second per bot, one a second per chat', () => {
    expect(tg.channel.sender.pacing).toEqual({ perSecond: 30, perChatPerSecond: 1 });
    expect(tg.channel.sender.channel).toBe('TELEGRAM');
  });

  it('sends text as HTML', async () => {
    await send({ kind: 'text', text: 'Sisa cuti Anda *9 hari*.' });
    expect(tg.api.callsOf('sendMessage')[0]!.params).toEqual({ chat_id: chatId, text: 'Sisa cuti Anda <b>9 hari</b>.', parse_mode: 'HTML' });
  });

  it('replaces a decided card keyboard by the outcome, in place', async () => {
    await send(card);
    const [sent] = tg.api.messagesIn(chatId);
    expect(sent!.replyMarkup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(['d:T0K3N:A', 'd:T0K3N:R']);

    await send({ kind: 'resolve', ref: 'step:T0K3N', text: 'Disetujui oleh *Budi Santoso*, 27 Nov 10:02' });
    const after = tg.api.message(chatId, sent!.messageId)!;
    expect(after.text).toBe('Permohonan <b>cuti tahunan</b> Ana, 3 hari\n\nDisetujui oleh <b>Budi Santoso</b>, 27 Nov 10:02');
    expect(after.replyMarkup?.inline_keyboard ?? []).toEqual([]);
    expect(after.edits).toBe(1);
    expect(tg.api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('says the outcome as a new message when the card is unknown or can no longer be edited', async () => {
    await send({ kind: 'resolve', ref: 'step:NEVER-SENT', text: 'Ditolak oleh Budi' });
    expect(tg.api.messagesIn(chatId).at(-1)!.text).toBe('Ditolak oleh Budi');

    await send(card);
    const sent = tg.api.messagesIn(chatId).at(-1)!;
    tg.api.failNext('editMessageText', { code: 400, description: 'Bad Request: message to edit not found' });
    await send({ kind: 'resolve', ref: 'step:T0K3N', text: 'Disetujui oleh Budi' });
    expect(tg.api.callsOf('editMessageReplyMarkup')[0]!.params).toMatchObject({ chat_id: chatId, message_id: sent.messageId });
    expect(tg.api.messagesIn(chatId).at(-1)!.text).toBe('Disetujui oleh Budi');
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(3);
  });

  it('treats editing a card to the same outcome twice as done', async () => {
    await send(card);
    const resolve: OutboundMessage = { kind: 'resolve', ref: 'step:T0K3N', text: 'Disetujui' };
    await send(resolve, resolve);
    expect(tg.api.callsOf('editMessageText')).toHaveLength(2);
    expect(tg.api.callsOf('sendMessage')).toHaveLength(1);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(3);
  });

  it('uploads a document as multipart with its bytes, name and caption', async () => {
    const pdf = Buffer.from('%PDF-1.7 slip gaji Oktober');
    await send({
      kind: 'document',
      fileName: 'slip-gaji-2026-10.pdf',
      mimeType: 'application/pdf',
      caption: 'Slip gaji *Oktober 2026*',
      source: { type: 'inline', base64: pdf.toString('base64') },
    });
    const call = tg.api.callsOf('sendDocument')[0]!;
    expect(call.files.document!.fileName).toBe('slip-gaji-2026-10.pdf');
    expect(call.files.document!.content.equals(pdf)).toBe(true);
    expect(call.params).toMatchObject({ chat_id: chatId, caption: 'Slip gaji <b>Oktober 2026</b>', parse_mode: 'HTML' });
  });

  it('maps 429 to a wait of retry_after, and the worker delivers after it', async () => {
    tg.api.failNext('sendMessage', { code: 429, retryAfter: 3 });
    expect(await tg.channel.sender.send(chatId, { kind: 'text', text: 'x' })).toMatchObject({ ok: false, retryAfterMs: 3000 });

    tg.api.failNext('sendMessage', { code: 429, retryAfter: 0 });
    const stats = await send({ kind: 'text', text: 'Pengingat' });
    expect(stats).toMatchObject({ throttled: 1, sent: 1 });
    expect(tg.api.messagesIn(chatId).map((m) => m.text)).toEqual(['Pengingat']);
  });

  it('maps 403 (blocked) to unreachable: the message is dead and the identity marked', async () => {
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: chatId } });
    tg.api.failNext('sendMessage', { code: 403, description: 'Forbidden: bot was blocked by the user' });
    await send({ kind: 'text', text: 'Halo' });
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('DEAD');
    expect((await db.prisma.chatIdentity.findFirstOrThrow()).unreachableAt).not.toBeNull();
  });

  it('maps another 400 to permanent: dead without blaming the person', async () => {
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: chatId } });
    tg.api.failNext('sendMessage', { code: 400, description: 'Bad Request: message is too long' });
    await send({ kind: 'text', text: 'Halo' });
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe('DEAD');
    expect(row.lastError).toContain('too long');
    expect((await db.prisma.chatIdentity.findFirstOrThrow()).unreachableAt).toBeNull();
  });

  it('retries a server error later', async () => {
    tg.api.failNext('sendMessage', { code: 502, description: 'Bad Gateway' });
    await send({ kind: 'text', text: 'Halo' });
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a choice value Telegram could not carry, without calling it', async () => {
    const result = await tg.channel.sender.send(chatId, { kind: 'choices', text: 'x', choices: [{ value: 'v'.repeat(65), label: 'V' }] });
    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(tg.api.callsOf('sendMessage')).toHaveLength(0);
  });

  it('reports a network failure as retryable', async () => {
    const offline = createTelegramChannel({
      token: tg.api.token,
      apiRoot: 'http://127.0.0.1:9',
      db,
      clock: fixedClock('2026-11-27T03:00:00Z'),
      engine: recordingEngine(),
      logger: createLogger('silent'),
    });
    const result = await offline.sender.send(chatId, { kind: 'text', text: 'Halo' });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('permanent');
    expect(result).not.toHaveProperty('unreachable');
  });
});
