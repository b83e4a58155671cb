import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config';
import { defaultComposition } from '../../../src/modules';
import { startSapa, type RunningSapa } from '../../../src/server';
import { startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { textUpdate } from './updates';

describe('SAPA as `npm start` runs it, with Telegram configured', () => {
  let db: TestDatabase;
  let api: FakeBotApi;
  let sapa: RunningSapa;

  beforeEach(async () => {
    db = await createTestDatabase();
    api = await startFakeBotApi();
    const config = loadConfig({
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      PUBLIC_URL: 'https://sapa.example.go.id',
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: 'live_secret',
    });
    sapa = await startSapa(config, defaultComposition(config));
  });
  afterEach(async () => {
    await sapa.stop();
    await api.close();
    await db.drop();
  });

  it('takes an update on the listening webhook and its own outbox worker answers through the Bot API', async () => {
    expect(api.callsOf('setWebhook')[0]!.params).toMatchObject({ secret_token: 'live_secret' });
    const post = (secret: string) =>
      fetch(`${sapa.address}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(textUpdate({ id: 700_601, first_name: 'Tamu' }, '/start')),
      });
    expect((await post('not_it')).status).toBe(401);
    expect((await post('live_secret')).status).toBe(200);

    // One message: the introduction and how to link.
    await vi.waitFor(() => expect(api.callsOf('sendMessage')).toHaveLength(1), { timeout: 15_000, interval: 50 });
    const [first] = api.callsOf('sendMessage').map((c) => String(c.params.text));
    expect(first).toContain('<b>SAPA</b>');
    expect(first).toContain('kode tautan');
    expect(api.callsOf('sendMessage').every((c) => c.params.chat_id === '700601')).toBe(true);
  });
});
