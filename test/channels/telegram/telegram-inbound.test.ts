import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findSentCard } from '../../../src/outbox/find-sent-card';
import { enqueue } from '../../../src/outbox/enqueue';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { recordingEngine, type RecordingEngine } from './recording-engine';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { callbackUpdate, contactUpdate, documentUpdate, photoUpdate, textUpdate } from './updates';

describe('Telegram inbound: what the conversation engine receives', () => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  let engine: RecordingEngine;
  const ana = { id: 700_101, first_name: 'Ana', last_name: 'Lestari' };

  beforeEach(async () => {
    db = await createTestDatabase();
    engine = recordingEngine();
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('reads the deep link /start <code> as the typed link code, from the sender in the sender chat', async () => {
    tg = await startTelegramHarness(db, { engine });
    const update = textUpdate(ana, '/start K7Q2-9XZA');
    expect((await tg.post(update)).statusCode).toBe(200);
    expect(engine.seen).toEqual([
      expect.objectContaining({
        channel: 'TELEGRAM',
        chatId: '700101',
        eventId: String(update.update_id),
        sender: { externalId: '700101', displayName: 'Ana Lestari' },
        content: { kind: 'text', text: 'K7Q2-9XZA' },
      }),
    ]);
  });

  it('downloads a photo of a doctor letter and hands over its bytes', async () => {
    tg = await startTelegramHarness(db, { engine });
    const bytes = Buffer.from('JPEG bytes of a surat keterangan dokter');
    tg.api.addFile('PHOTO-1', bytes, 'photo_1.jpg');
    await tg.post(photoUpdate(ana, 'PHOTO-1', { caption: 'surat dokter', size: bytes.length }));
    expect(tg.api.callsOf('getFile')[0]!.params.file_id).toBe('PHOTO-1');
    const content = engine.seen[0]!.content;
    expect(content).toMatchObject({ kind: 'document', mimeType: 'image/jpeg', caption: 'surat dokter' });
    expect(content.kind === 'document' && content.content.equals(bytes)).toBe(true);
  });

  it('downloads a PDF document with its name', async () => {
    tg = await startTelegramHarness(db, { engine });
    const pdf = Buffer.from('%PDF-1.4 surat sakit');
    tg.api.addFile('DOC-1', pdf, 'surat.pdf');
    await tg.post(documentUpdate(ana, 'DOC-1', 'surat-sakit.pdf', 'application/pdf'));
    expect(engine.seen[0]!.content).toMatchObject({ kind: 'document', fileName: 'surat-sakit.pdf', mimeType: 'application/pdf' });
  });

  it('refuses a file over the limit, whether announced or not, and says so through the outbox', async () => {
    tg = await startTelegramHarness(db, { engine, maxFileBytes: 1000 });
    tg.api.addFile('BIG-1', Buffer.alloc(5000, 1));
    tg.api.addFile('BIG-2', Buffer.alloc(5000, 2));
    const announced = photoUpdate(ana, 'BIG-1', { size: 5000 });
    expect((await tg.post(announced)).statusCode).toBe(200);
    expect(tg.api.callsOf('getFile')).toHaveLength(0);
    expect((await tg.post(documentUpdate(ana, 'BIG-2', 'besar.pdf', 'application/pdf'))).statusCode).toBe(200);
    expect((await tg.post(announced)).statusCode).toBe(200);
    expect(engine.seen).toHaveLength(0);
    const replies = await db.prisma.outboxMessage.findMany({ where: { chatId: String(ana.id) } });
    expect(replies).toHaveLength(2);
    expect(JSON.stringify(replies[0]!.payload)).toContain('terlalu besar');
  });

  it('passes the sender own contact card, and ignores groups', async () => {
    tg = await startTelegramHarness(db, { engine });
    await tg.post(contactUpdate(ana, '+62 812 3456 7890', ana.id));
    expect((await tg.post(textUpdate(ana, 'slip', { chatType: 'group' }))).statusCode).toBe(200);
    expect(engine.seen.map((m) => m.content)).toEqual([{ kind: 'contact', phone: '6281234567890' }]);
    expect(engine.seen[0]!.sender.phone).toBe('6281234567890');
  });

  it('hands over the pressed value, and answers the press only after the engine finished', async () => {
    let answersWhileHandling = -1;
    engine = recordingEngine(() => {
      answersWhileHandling = tg.api.callsOf('answerCallbackQuery').length;
      return { status: 'processed', replies: [{ kind: 'resolve', ref: 'step:TOKEN1', text: 'Disetujui' }] };
    });
    tg = await startTelegramHarness(db, { engine });
    await db.prisma.$transaction((tx) =>
      enqueue(tx, [
        {
          channel: 'TELEGRAM',
          chatId: String(ana.id),
          purpose: 'card',
          message: { kind: 'choices', text: 'Permohonan cuti', ref: 'step:TOKEN1', choices: [{ value: 'd:TOKEN1:A', label: 'Setujui' }] },
        },
      ]),
    );
    await tg.drain();
    const card = tg.api.messagesIn(ana.id)[0]!;
    const press = callbackUpdate(ana, 'd:TOKEN1:A', card.messageId);
    expect((await tg.post(press)).statusCode).toBe(200);
    expect(engine.seen[0]!.content).toEqual({ kind: 'choice', value: 'd:TOKEN1:A' });
    expect(engine.seen[0]!.sender.externalId).toBe(String(ana.id));
    expect(answersWhileHandling).toBe(0);
    const answers = tg.api.callsOf('answerCallbackQuery');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.params).toEqual({ callback_query_id: press.callback_query.id });
    // The answer rode on the webhook's 200: no request of its own to the Bot API.
    expect(answers[0]!.viaWebhookAnswer).toBe(true);
  });

  it('answers the webhook with the press answer as a Bot API call Telegram makes', async () => {
    engine = recordingEngine(() => ({ status: 'processed', replies: [{ kind: 'text', text: 'Permohonan ini *sudah diputuskan*.' }] }));
    tg = await startTelegramHarness(db, { engine });
    const press = callbackUpdate(ana, 'd:OLD:A', 4711);
    const response = await tg.post(press);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ method: 'answerCallbackQuery', callback_query_id: press.callback_query.id, text: 'Permohonan ini sudah diputuskan.' });
    // A text message has nothing to answer: the plain acknowledgement.
    expect(JSON.parse((await tg.post(textUpdate(ana, 'halo'))).body)).toEqual({ ok: true });
  });

  it('shows a refusal on the pressed button as a short answer', async () => {
    engine = recordingEngine(() => ({
      status: 'processed',
      replies: [
        { kind: 'text', text: 'Halo! Saya *SAPA*.' },
        { kind: 'text', text: 'Permohonan ini *sudah diputuskan*.' },
      ],
    }));
    tg = await startTelegramHarness(db, { engine });
    await tg.post(callbackUpdate(ana, 'd:OLD:A', 4711));
    expect(engine.seen[0]!.content).toEqual({ kind: 'choice', value: 'd:OLD:A' });
    expect(tg.api.callsOf('answerCallbackQuery')[0]!.params.text).toBe('Permohonan ini sudah diputuskan.');
  });

  it('answers 503 beyond the updates it may handle at once, and takes the redelivery once there is room', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    engine = recordingEngine(async () => {
      await held;
      return { status: 'processed', replies: [] };
    });
    tg = await startTelegramHarness(db, { engine, maxInFlight: 2 });
    const first = tg.post(textUpdate(ana, 'satu'));
    const second = tg.post(textUpdate(ana, 'dua'));
    await engine.nth(2);
    const third = textUpdate(ana, 'tiga');
    const refused = await tg.post(third);
    expect(refused.statusCode).toBe(503);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'error.busy' });
    expect(engine.seen).toHaveLength(2);
    release();
    expect((await first).statusCode).toBe(200);
    expect((await second).statusCode).toBe(200);
    expect((await tg.post(third)).statusCode).toBe(200);
    expect(engine.seen.map((m) => (m.content.kind === 'text' ? m.content.text : ''))).toEqual(['satu', 'dua', 'tiga']);
  });

  it('answers presses in groups or without data without asking the engine', async () => {
    tg = await startTelegramHarness(db, { engine });
    await tg.post(callbackUpdate(ana, 'd:X:A', 1, { chatId: -100_777, chatType: 'group' }));
    await tg.post(callbackUpdate(ana, undefined, 1));
    expect(engine.seen).toHaveLength(0);
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(2);
  });

  it('answers 500 when the turn failed, so Telegram delivers again, and still answers the press', async () => {
    engine = recordingEngine(() => {
      throw new Error('database is locked');
    });
    tg = await startTelegramHarness(db, { engine });
    expect((await tg.post(callbackUpdate(ana, 'help', 9))).statusCode).toBe(500);
    expect(tg.api.callsOf('answerCallbackQuery')[0]!.params.text).toMatch(/gangguan/);
    expect((await tg.post(textUpdate(ana, 'menu'))).statusCode).toBe(500);
  });

  it('keeps a card ref and the sent message id on the outbox row, and finds the card by ref', async () => {
    tg = await startTelegramHarness(db, { engine });
    const chatId = String(ana.id);
    await db.prisma.$transaction((tx) =>
      enqueue(tx, [
        { channel: 'TELEGRAM', chatId, purpose: 'card', message: { kind: 'choices', text: 'Kartu A', ref: 'step:A', choices: [{ value: 'a', label: 'A' }] } },
        { channel: 'TELEGRAM', chatId, purpose: 'reply', message: { kind: 'choices', text: 'Menu', choices: [{ value: 'm', label: 'M' }] } },
      ]),
    );
    await tg.drain();
    const [cardA, menu] = tg.api.messagesIn(chatId);
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { ref: true, channelMessageId: true } });
    expect(rows).toEqual([
      { ref: 'step:A', channelMessageId: String(cardA!.messageId) },
      { ref: null, channelMessageId: String(menu!.messageId) },
    ]);
    expect(await findSentCard(db, 'TELEGRAM', chatId, 'step:A')).toEqual({ channelMessageId: String(cardA!.messageId), text: 'Kartu A' });
    // The card sent again: the latest is the one found.
    await db.prisma.$transaction((tx) =>
      enqueue(tx, [{ channel: 'TELEGRAM', chatId, purpose: 'card', message: { kind: 'choices', text: 'Kartu A lagi', ref: 'step:A', choices: [{ value: 'a', label: 'A' }] } }]),
    );
    await tg.drain();
    const cardAgain = tg.api.messagesIn(chatId)[2];
    expect(await findSentCard(db, 'TELEGRAM', chatId, 'step:A')).toEqual({ channelMessageId: String(cardAgain!.messageId), text: 'Kartu A lagi' });
    expect(await findSentCard(db, 'TELEGRAM', chatId, 'step:B')).toBeNull();
    expect(await findSentCard(db, 'TELEGRAM', 'other-chat', 'step:A')).toBeNull();
    expect(await findSentCard(db, 'WHATSAPP', chatId, 'step:A')).toBeNull();
  });
});

describe('Telegram long polling', () => {
  let db: TestDatabase;
  let tg: TelegramHarness;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('drops the webhook, polls for updates and hands them to the engine until stopped', async () => {
    const engine = recordingEngine();
    tg = await startTelegramHarness(db, { engine, polling: true });
    tg.api.queueUpdate(textUpdate({ id: 700_201, first_name: 'Budi' }, '/saldo'));
    const message = await engine.nth(1);
    expect(message.content).toEqual({ kind: 'text', text: 'saldo' });
    expect(tg.api.callsOf('deleteWebhook')).toHaveLength(1);
    expect(tg.api.callsOf('setWebhook')).toHaveLength(0);
    expect(tg.channel.routes).toHaveLength(0);
    await tg.channel.service.stop();
    expect(tg.api.callsOf('getUpdates').length).toBeGreaterThanOrEqual(1);
  });

  it('answers a press through the Bot API, where there is no webhook response to carry it', async () => {
    const engine = recordingEngine(() => ({ status: 'processed', replies: [{ kind: 'text', text: 'Permohonan ini *sudah diputuskan*.' }] }));
    tg = await startTelegramHarness(db, { engine, polling: true });
    const press = callbackUpdate({ id: 700_202, first_name: 'Budi' }, 'd:OLD:A', 4711);
    tg.api.queueUpdate(press);
    await vi.waitFor(() => expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(1), { timeout: 10_000 });
    const [answer] = tg.api.callsOf('answerCallbackQuery');
    expect(answer!.viaWebhookAnswer).toBeUndefined();
    expect(answer!.params).toEqual({ callback_query_id: press.callback_query.id, text: 'Permohonan ini sudah diputuskan.' });
  });
});
