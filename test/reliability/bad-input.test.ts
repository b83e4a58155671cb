import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { WEBHOOK_PATH } from '../../src/channels/telegram/webhook-route';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { fixedClock } from '../../src/clock';
import { startTelegramHarness, SECRET, type TelegramHarness } from '../channels/telegram/telegram-harness';
import { textUpdate } from '../channels/telegram/updates';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

/** What hostile or broken clients send to the public webhook. */
const cases: Array<{ name: string; contentType?: string; body: string | Buffer; secret?: string | null }> = [
  { name: 'malformed JSON', body: '{"update_id": 1, "message": {' },
  { name: 'JSON with a trailing comma', body: '{"update_id": 2,}' },
  { name: 'empty body', body: '' },
  { name: 'JSON null', body: 'null' },
  { name: 'a JSON array', body: '[1,2,3]' },
  { name: 'a JSON string', body: '"update"' },
  { name: 'huge body (5 MB)', body: JSON.stringify({ update_id: 3, message: { text: 'x'.repeat(5_000_000) } }) },
  { name: 'deeply nested JSON', body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` },
  { name: 'text/plain', contentType: 'text/plain', body: 'hello' },
  { name: 'form-encoded', contentType: 'application/x-www-form-urlencoded', body: 'update_id=4' },
  { name: 'multipart', contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--' },
  { name: 'binary', contentType: 'application/octet-stream', body: Buffer.from([0, 1, 2, 255, 254]) },
  { name: 'unknown update kind', body: JSON.stringify({ update_id: 5, edited_channel_post: { message_id: 1, date: 1, chat: { id: -1, type: 'channel' } } }) },
  { name: 'poll answer', body: JSON.stringify({ update_id: 6, poll_answer: { poll_id: 'p', option_ids: [0] } }) },
  { name: 'update_id as a string', body: JSON.stringify({ update_id: 'seven', message: { text: 'hi' } }) },
  { name: 'negative update_id', body: JSON.stringify({ update_id: -8, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' }, text: 'hi' } }) },
  { name: 'message without sender', body: JSON.stringify({ update_id: 9, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' }, text: 'hi' } }) },
  { name: 'callback without data or message', body: JSON.stringify({ update_id: 10, callback_query: { id: 'c', from: { id: 1, is_bot: false, first_name: 'A' }, chat_instance: 'x' } }) },
  { name: 'text of 100,000 characters', body: JSON.stringify(textUpdate({ id: 600_001, first_name: 'A' }, 'y'.repeat(100_000), { updateId: 11 })) },
  { name: 'control characters and invalid surrogates', body: `{"update_id":12,"message":{"message_id":1,"date":1,"chat":{"id":600002,"type":"private"},"from":{"id":600002,"is_bot":false,"first_name":"\\u0000"},"text":"\\ud800\\u0000\\u202e"}}` },
  { name: 'wrong secret', body: JSON.stringify(textUpdate({ id: 600_003, first_name: 'A' }, 'menu', { updateId: 13 })), secret: 'not-the-secret' },
  { name: 'no secret', body: JSON.stringify(textUpdate({ id: 600_004, first_name: 'A' }, 'menu', { updateId: 14 })), secret: null },
  { name: 'secret of another length', body: JSON.stringify(textUpdate({ id: 600_005, first_name: 'A' }, 'menu', { updateId: 15 })), secret: 'x'.repeat(300) },
];

describe('bad input at the HTTP edge: never a 5xx, never a crash, nothing half-written', () => {
  let db: TestDatabase;
  let tg: TelegramHarness;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    tg = await startTelegramHarness(db, { now: NOW, flows: createFlowRegistry() });
  });
  afterAll(async () => {
    await tg.close();
    await db.drop();
  });

  it.each(cases)('$name: answered below 500', async ({ contentType, body, secret }) => {
    const response = await tg.app.inject({
      method: 'POST',
      url: WEBHOOK_PATH,
      headers: {
        'content-type': contentType ?? 'application/json',
        ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret ?? SECRET }),
      },
      payload: body,
    });
    expect(response.statusCode, response.body).toBeLessThan(500);
    if (secret !== undefined) expect(response.statusCode).toBe(401);
  });

  it('wrong methods and paths are refused, not failed', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'] as const) {
      const response = await tg.app.inject({ method, url: WEBHOOK_PATH, headers: { 'x-telegram-bot-api-secret-token': SECRET } });
      expect(response.statusCode).toBeLessThan(500);
    }
    const traversal = await tg.app.inject({ method: 'POST', url: `${WEBHOOK_PATH}/../../etc/passwd`, payload: '{}' });
    expect(traversal.statusCode).toBeLessThan(500);
  });

  it('refused input wrote no turns or messages, and the webhook still serves a good update afterwards', async () => {
    const turnsBefore = await db.prisma.auditLog.count({ where: { action: 'conversation.turn' } });
    const wrongSecretChats = ['600003', '600004', '600005'];
    expect(await db.prisma.outboxMessage.count({ where: { chatId: { in: wrongSecretChats } } })).toBe(0);
    const good = await tg.post(textUpdate({ id: 600_100, first_name: 'Ana' }, 'menu', { updateId: 99 }));
    expect(good.statusCode).toBe(200);
    expect(await db.prisma.auditLog.count({ where: { action: 'conversation.turn' } })).toBe(turnsBefore + 1);
    expect(await db.prisma.outboxMessage.count({ where: { chatId: '600100' } })).toBeGreaterThan(0);
  });
});
