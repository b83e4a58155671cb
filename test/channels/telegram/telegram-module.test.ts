import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramModule } from '../../../src/channels/telegram/telegram-module';
import { WEBHOOK_PATH } from '../../../src/channels/telegram/webhook-route';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { buildApp } from '../../../src/http/build-app';
import { createLogger } from '../../../src/logger';
import type { Module, ServiceContext } from '../../../src/module';
import { startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { basicFlows } from './basic-flows';
import { recordingEngine } from './recording-engine';

describe('telegramModule', () => {
  let db: TestDatabase;
  let api: FakeBotApi;
  const engine = recordingEngine();

  const context = (env: Record<string, string>): ServiceContext => ({
    config: loadConfig({ DATABASE_URL: db.url, ...env }),
    db,
    clock: fixedClock('2026-11-27T03:00:00Z'),
    logger: createLogger('silent'),
    engine: engine as unknown as ServiceContext['engine'],
    flows: basicFlows(),
    wakeOutbox: () => undefined,
  });

  beforeEach(async () => {
    db = await createTestDatabase();
    api = await startFakeBotApi();
  });
  afterEach(async () => {
    await api.close();
    await db.drop();
  });

  it('is off without a bot token, and says so to /ready', async () => {
    const module = await telegramModule(context({}));
    expect(module.routes ?? module.services ?? module.senders).toBeUndefined();
    expect(module.status?.()).toEqual({ part: 'telegram', state: 'off', ready: true });
    expect(module.channel?.()).toEqual({ channel: 'telegram', state: 'off' });
  });

  it('serves the webhook with the configured secret and hands its sender to the outbox', async () => {
    const ctx = context({
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: 'configured_secret',
      PUBLIC_URL: 'https://sapa.example.go.id/',
    });
    const module: Module = await telegramModule(ctx);
    expect(module.senders?.map((s) => s.channel)).toEqual(['TELEGRAM']);
    expect(module.status?.()).toMatchObject({ state: 'stopped', ready: false });
    await module.services![0]!.start();
    expect(module.status?.()).toEqual({ part: 'telegram', state: 'webhook', ready: true });
    expect(module.channel?.()).toEqual({ channel: 'telegram', state: 'webhook' });
    expect(api.callsOf('setWebhook')[0]!.params).toMatchObject({
      url: 'https://sapa.example.go.id/telegram/webhook',
      secret_token: 'configured_secret',
    });
    const app = await buildApp({ db, routes: module.routes ?? [], rateLimits: false });
    const post = (secret: string) =>
      app.inject({ method: 'POST', url: WEBHOOK_PATH, headers: { 'x-telegram-bot-api-secret-token': secret }, payload: { update_id: 1 } });
    expect((await post('configured_secret')).statusCode).toBe(200);
    expect((await post('other')).statusCode).toBe(401);
    await module.services![0]!.stop();
    expect(module.status?.()).toMatchObject({ state: 'stopped', ready: false });
    await app.close();
  });

  it('derives a stable secret from the token when none is configured', async () => {
    const env = { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, PUBLIC_URL: 'https://sapa.example.go.id' };
    for (const module of [await telegramModule(context(env)), await telegramModule(context(env))]) await module.services![0]!.start();
    const [first, second] = api.callsOf('setWebhook').map((c) => c.params.secret_token as string);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(first).not.toContain(api.token);
    expect(second).toBe(first);
  });

  it('polls instead when there is no public URL, and can stop at once', async () => {
    const module = await telegramModule(context({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }));
    expect(module.routes).toEqual([]);
    await module.services![0]!.start();
    expect(module.status?.()).toEqual({ part: 'telegram', state: 'polling', ready: true });
    expect(module.channel?.()).toEqual({ channel: 'telegram', state: 'polling' });
    await module.services![0]!.stop();
    expect(api.callsOf('setWebhook')).toHaveLength(0);
    expect(api.callsOf('deleteWebhook').length).toBeLessThanOrEqual(1);
  });

  it('does not hold up the start of SAPA while the Bot API refuses it', async () => {
    const module = await telegramModule(context({ TELEGRAM_BOT_TOKEN: '999:wrong', TELEGRAM_API_ROOT: api.apiRoot }));
    await module.services![0]!.start();
    expect(api.calls).toHaveLength(0);
    // Retrying in the background: not ready until the Bot API answers.
    expect(module.status?.()).toEqual({ part: 'telegram', state: 'connecting', ready: false });
    await module.services![0]!.stop();
  });
});
