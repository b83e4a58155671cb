import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../../flows';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import type { FakeMessage } from '../../support/fake-bot-api';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { callbackUpdate, textUpdate, type TestUser } from './updates';

const NOW = '2026-11-27T03:00:00Z'; // Friday 27 Nov 2026, 10:00 in Jakarta

describe.each(testProviders)('Telegram: annual leave in one message, on %s', (provider) => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const ana: TestUser = { id: 700_601, first_name: 'Ana' };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    // Linked, and nothing said in this chat yet.
    await linkIdentity(db, 'TELEGRAM', String(ana.id), people.employee.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    tg = await startTelegramHarness(db, { now: NOW, flows: createFlowRegistry() });
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  let sent = 0;
  /** One message or button press of the employee, through the webhook; what it enqueued is delivered. */
  async function employee(update: unknown): Promise<void> {
    sent += 1;
    expect((await tg.post(update)).statusCode).toBe(200);
    await tg.drain();
  }
  const lastIn = (user: TestUser): FakeMessage => tg.api.messagesIn(user.id).at(-1)!;
  const buttonsOf = (message: FakeMessage) => message.replyMarkup?.inline_keyboard.flat() ?? [];
  const press = (message: FakeMessage, label: RegExp) => {
    const button = buttonsOf(message).find((b) => label.test(b.text));
    if (!button) throw new Error(`no button ${label} on ${message.text}`);
    return employee(callbackUpdate(ana, button.callback_data, message.messageId));
  };

  it.each([
    { lang: 'id', text: 'cuti tahunan 14-16 des, acara keluarga di Bandung', reason: 'acara keluarga', address: 'Bandung', period: '14-16 Des 2026', yes: /Ya, kirim/ },
    { lang: 'en', text: 'annual leave dec 14 to 16, family event in Bandung', reason: 'family event', address: 'Bandung', period: '14-16 Dec 2026', yes: /Yes, send/ },
  ])('an employee submits annual leave in at most 3 messages from a cold start after linking ($lang)', async ({ lang, text, reason, address, period, yes }) => {
    sent = 0;
    await db.prisma.employee.update({ where: { id: people.employee.id }, data: { language: lang } });

    await employee(textUpdate(ana, text));
    await press(lastIn(ana), lang === 'id' ? /^Tidak/ : /^No/);
    const summary = lastIn(ana);
    expect(summary.text).toContain(period);
    expect(summary.text).toContain(reason);
    expect(summary.text).toContain(address);
    await press(summary, yes);

    expect(sent).toBeLessThanOrEqual(3);
    const request = await db.prisma.leaveRequest.findFirstOrThrow({ select: { ref: true, typeCode: true, startDate: true, endDate: true, status: true, reason: true, address: true, submittedVia: true } });
    expect(request).toMatchObject({ typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-16', status: 'PENDING', reason, address, submittedVia: 'TELEGRAM' });
    expect(lastIn(ana).text).toContain(request.ref);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });
});
