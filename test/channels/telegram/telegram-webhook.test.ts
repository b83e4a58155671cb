import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { callbackUpdate, textUpdate } from './updates';

describe.each(testProviders)('Telegram webhook on %s', (provider) => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  const ana = { id: 700_001, first_name: 'Ana' };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'TELEGRAM', String(ana.id), employee.nip);
    tg = await startTelegramHarness(db);
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('at start learns who it is, registers the commands in both languages and sets the webhook with the secret', async () => {
    expect(tg.api.callsOf('getMe')).toHaveLength(1);
    const commands = tg.api.callsOf('setMyCommands');
    expect(commands.map((c) => c.params.language_code ?? 'default')).toEqual(['default', 'en']);
    expect((commands[0]!.params.commands as Array<{ command: string }>).map((c) => c.command)).toEqual([
      'menu',
      'cuti',
      'status',
      'saldo',
      'slip',
      'bantuan',
    ]);
    expect(commands[1]!.params.commands).toContainEqual({ command: 'saldo', description: 'Leave balance' });
    expect(tg.api.callsOf('setWebhook')[0]!.params).toMatchObject({
      url: 'https://sapa.example.go.id/telegram/webhook',
      secret_token: 'sapa-test_secret-42',
      allowed_updates: ['message', 'callback_query'],
    });
  });

  it('refuses updates without the right secret, before anything is processed', async () => {
    expect((await tg.post(textUpdate(ana, 'menu'), null)).statusCode).toBe(401);
    expect((await tg.post(textUpdate(ana, 'menu'), 'wrong-secret')).statusCode).toBe(401);
    expect((await tg.post(textUpdate(ana, 'menu'), 'sapa-test_secret-4')).statusCode).toBe(401);
    expect(await db.prisma.processedEvent.count()).toBe(0);
  });

  it('answers 400 to a body that is no update, and 200 to update kinds it does not serve', async () => {
    expect((await tg.post({ hello: 'world' })).statusCode).toBe(400);
    expect((await tg.post({ update_id: 5, message: { text: 'no chat' } })).statusCode).toBe(400);
    const edited = { update_id: 6, edited_message: { message_id: 1, date: 1, chat: { id: ana.id, type: 'private' }, text: 'x' } };
    expect((await tg.post(edited)).statusCode).toBe(200);
    expect(await db.prisma.processedEvent.count()).toBe(0);
  });

  it('answers /start with the menu as an inline keyboard, after the turn committed', async () => {
    const response = await tg.post(textUpdate(ana, '/start'));
    expect(response.statusCode).toBe(200);
    expect(await db.prisma.processedEvent.count()).toBe(1);
    expect(tg.api.callsOf('sendMessage')).toHaveLength(0);

    await tg.drain();
    const sent = tg.api.callsOf('sendMessage');
    const menu = sent.find((c) => c.params.reply_markup !== undefined)!;
    const { employee } = await demoPeople(db);
    expect(menu.params).toMatchObject({ chat_id: String(ana.id), parse_mode: 'HTML' });
    expect(menu.params.text).toContain(employee.name);
    const buttons = (menu.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
    expect(buttons.map((b) => b.callback_data)).toContain('help');
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });

  it('processes a redelivered update_id once', async () => {
    const update = textUpdate(ana, 'bantuan');
    expect((await tg.post(update)).statusCode).toBe(200);
    const outbox = await db.prisma.outboxMessage.count();
    expect((await tg.post(update)).statusCode).toBe(200);
    expect(await db.prisma.outboxMessage.count()).toBe(outbox);
    expect(await db.prisma.auditLog.count({ where: { action: 'conversation.turn' } })).toBe(1);
    await tg.drain();
    const helpTexts = tg.api.callsOf('sendMessage').filter((c) => String(c.params.text).includes('Panduan singkat'));
    expect(helpTexts).toHaveLength(1);
  });

  it('turns a button press into a choice and answers the callback query', async () => {
    await tg.post(textUpdate(ana, 'menu'));
    await tg.drain();
    const menu = tg.api.messagesIn(ana.id).find((m) => m.replyMarkup)!;

    const press = callbackUpdate(ana, 'language', menu.messageId);
    expect((await tg.post(press)).statusCode).toBe(200);
    const answers = tg.api.callsOf('answerCallbackQuery');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.params.callback_query_id).toBe(press.callback_query.id);

    await tg.drain();
    const picker = tg.api.messagesIn(ana.id).at(-1)!;
    expect(picker.replyMarkup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(['id', 'en']);
    await tg.post(callbackUpdate(ana, 'en', picker.messageId));
    await tg.drain();
    const employee = await db.prisma.employee.findFirstOrThrow({ where: { identities: { some: { externalId: String(ana.id) } } } });
    expect(employee.language).toBe('en');
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(2);
  });

  it('never lets a typed name break the formatting', async () => {
    const { employee } = await demoPeople(db);
    await db.prisma.employee.update({ where: { id: employee.id }, data: { name: 'Ana <b>_Lestari_ & *Co' } });
    await tg.post(textUpdate(ana, 'menu'));
    await tg.drain();
    const menu = tg.api.callsOf('sendMessage').find((c) => c.params.reply_markup)!;
    expect(menu.params.text).toContain('Ana &lt;b&gt;_Lestari_ &amp; *Co');
  });
});
