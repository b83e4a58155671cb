import type { FastifyInstance } from 'fastify';
import { createTelegramChannel, type TelegramChannel } from '../../../src/channels/telegram/telegram-channel';
import { WEBHOOK_PATH } from '../../../src/channels/telegram/webhook-route';
import { fixedClock, systemClock } from '../../../src/clock';
import { createConversationEngine, type ConversationEngine } from '../../../src/conversation/conversation-engine';
import type { FlowRegistry } from '../../../src/conversation/flow-registry';
import { buildApp } from '../../../src/http/build-app';
import { createLogger } from '../../../src/logger';
import type { DocumentResolver } from '../../../src/outbox/load-document';
import { createOutboxWorker, type DrainStats, type OutboxWorker } from '../../../src/outbox/outbox-worker';
import type { Database } from '../../../src/store/database';
import { startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api';
import { basicFlows } from './basic-flows';

export const SECRET = 'sapa-test_secret-42';

export interface TelegramHarnessOptions {
  now?: string;
  /** Default: menu, help and language only. */
  flows?: FlowRegistry;
  /** Replace the conversation engine (e.g. a recorder, to see the neutral messages). */
  engine?: Pick<ConversationEngine, 'handle'>;
  /** Long polling instead of the webhook. */
  polling?: boolean;
  maxFileBytes?: number;
  /** Webhook updates handled at once (default 256). */
  maxInFlight?: number;
  resolveDocument?: DocumentResolver;
}

export interface TelegramHarness {
  api: FakeBotApi;
  app: FastifyInstance;
  channel: TelegramChannel;
  clock: ReturnType<typeof fixedClock>;
  /** POSTs an update to the webhook as Telegram does (with the secret unless told otherwise). */
  post(update: unknown, secret?: string | null): Promise<{ statusCode: number; body: string }>;
  /** Sends everything in the outbox through the real worker and the Telegram sender. */
  drain(): Promise<DrainStats>;
  worker: OutboxWorker;
  close(): Promise<void>;
}

/**
 * SAPA's Telegram channel wired as in production, against a fake Bot API:
 * real telegraf, real webhook route on the HTTP service (through inject),
 * real conversation engine and database, real outbox worker (on the system
 * clock; the engine runs on a fixed one).
 */
export async function startTelegramHarness(db: Database, options: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
  const api = await startFakeBotApi();
  const clock = fixedClock(options.now ?? '2026-11-27T03:00:00Z');
  const engine =
    options.engine ??
    createConversationEngine({
      db,
      clock,
      flows: options.flows ?? basicFlows(),
      idleMinutes: 30,
      agency: { name: 'BKPSDM Kota Serang', publicUrl: 'https://sapa.example.go.id' },
    });
  const channel = createTelegramChannel({
    token: api.token,
    apiRoot: api.apiRoot,
    db,
    clock,
    engine,
    logger: createLogger('silent'),
    ...(options.polling ? {} : { webhook: { publicUrl: 'https://sapa.example.go.id', secret: SECRET, maxInFlight: options.maxInFlight ?? 256 } }),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  await channel.service.start();
  const app = await buildApp({ db, routes: channel.routes, rateLimits: false });
  // Telegram's pacing (1 message a second per chat) is the worker's business and tested there;
  // here the same sender goes out unthrottled so a conversation drains in milliseconds.
  const worker = createOutboxWorker({
    db,
    clock: systemClock,
    senders: [{ ...channel.sender, send: channel.sender.send, pacing: { perSecond: 10_000, perChatPerSecond: 10_000 } }],
    ...(options.resolveDocument ? { resolveDocument: options.resolveDocument } : {}),
    random: () => 0.5,
    pollMs: 20,
    flushMs: 5,
  });

  return {
    api,
    app,
    channel,
    clock,
    worker,
    async post(update, secret = SECRET) {
      const response = await app.inject({
        method: 'POST',
        url: WEBHOOK_PATH,
        headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
        payload: update as Record<string, unknown>,
      });
      // Telegram makes the call a 200 carries (a button press's answer).
      if (response.statusCode === 200) api.webhookAnswered(response.body);
      return { statusCode: response.statusCode, body: response.body };
    },
    drain: () => worker.drainOnce(),
    async close() {
      await worker.stop();
      await channel.service.stop();
      await app.close();
      await api.close();
    },
  };
}
