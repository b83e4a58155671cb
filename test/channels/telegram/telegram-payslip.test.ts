import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { payslipFlow } from '../../../flows/payslip';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { outboundDocumentResolver } from '../../../src/services/documents/outbound-document-resolver';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { basicFlows } from './basic-flows';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { callbackUpdate, textUpdate } from './updates';

describe.each(testProviders)('Telegram: a payslip asked for and delivered as a document, on %s', (provider) => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  const ana = { id: 700_401, first_name: 'Ana' };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    const clock = fixedClock('2026-11-27T03:00:00Z');
    await seedDemo(db, clock);
    const { employee } = await demoPeople(db);
    await linkIdentity(db, 'TELEGRAM', String(ana.id), employee.nip);
    tg = await startTelegramHarness(db, {
      flows: basicFlows(payslipFlow),
      resolveDocument: outboundDocumentResolver(
        db,
        {
          ...loadConfig({}),
          AGENCY_NAME: 'BKPSDM Kota Serang',
          AGENCY_ADDRESS: 'Jl. Jenderal Sudirman No. 5, Serang',
          PUBLIC_URL: 'https://sapa.example.go.id',
          PAYSLIP_PASSWORD_RULE: 'BIRTHDATE_DDMMYYYY',
        },
        clock,
      ),
    });
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  it('/slip offers the published months as buttons; a tap sends the locked PDF with sendDocument', async () => {
    expect((await tg.post(textUpdate(ana, '/slip'))).statusCode).toBe(200);
    await tg.drain();
    const picker = tg.api.messagesIn(ana.id).find((m) => m.replyMarkup && /slip|bulan/i.test(m.text ?? ''))!;
    const months = picker.replyMarkup!.inline_keyboard.flat();
    expect(months[0]!.callback_data).toBe('2026-10');

    const press = callbackUpdate(ana, months[0]!.callback_data, picker.messageId);
    expect((await tg.post(press)).statusCode).toBe(200);
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(1);
    await tg.drain();

    const upload = tg.api.callsOf('sendDocument')[0]!;
    expect(upload.params.chat_id).toBe(String(ana.id));
    expect(upload.files.document!.fileName).toMatch(/\.pdf$/);
    expect(upload.files.document!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(upload.files.document!.content.toString('latin1')).toContain('/Encrypt');
    expect(String(upload.params.caption)).toMatch(/Oktober 2026/);
    const { employee } = await demoPeople(db);
    expect(await db.prisma.payslipDelivery.count({ where: { payslip: { employeeId: employee.id } } })).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });
});
