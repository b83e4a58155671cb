import type { FastifyInstance } from 'fastify';
import { createFlowRegistry } from '../../../flows';
import { createCloudChannel, type CloudChannel } from '../../../src/channels/whatsapp/cloud/cloud-channel';
import { CLOUD_WEBHOOK_PATH } from '../../../src/channels/whatsapp/cloud/webhook-route';
import { signBody } from '../../../src/channels/whatsapp/cloud/webhook-signature';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { createConversationEngine } from '../../../src/conversation/conversation-engine';
import { buildApp } from '../../../src/http/build-app';
import { createLogger } from '../../../src/logger';
import { createOutboxWorker, type OutboxWorker } from '../../../src/outbox/outbox-worker';
import { outboundDocumentResolver } from '../../../src/services/documents/outbound-document-resolver';
import type { Database } from '../../../src/store/database';
import { startFakeGraphApi, type FakeGraphApi, type SentGraphMessage } from '../../support/fake-graph-api';
import { contactsOf, delivery, replyMessage, textMessage, type CloudPerson } from './cloud-webhooks';

export const NOW = '2026-11-27T03:00:00Z';
export const APP_SECRET = 'test-app-secret-9f8e7d';
export const VERIFY_TOKEN = 'sapa-verify-token-123';

type Interactive = { type: 'button' | 'list'; body: { text: string }; action: { buttons?: Array<{ reply: { id: string; title: string } }>; sections?: Array<{ rows: Array<{ id: string; title: string }> }> } };

/** The options of an interactive message: reply buttons or list rows, as { id, title }. */
export function optionsOf(message: SentGraphMessage): Array<{ id: string; title: string }> {
  const interactive = message.body.interactive as Interactive | undefined;
  if (!interactive) return [];
  return interactive.type === 'button' ? (interactive.action.buttons ?? []).map((b) => b.reply) : (interactive.action.sections ?? []).flatMap((s) => s.rows);
}

/** What a person reads of a sent Cloud API message (a template shows its name and parameters). */
export function readable(message: SentGraphMessage): string {
  const body = message.body as Record<string, { body?: string; filename?: string; name?: string; components?: Array<{ parameters: Array<{ text?: string }> }> }>;
  switch (message.type) {
    case 'text':
      return body.text!.body!;
    case 'interactive': {
      const interactive = message.body.interactive as Interactive;
      return [interactive.body.text, '', ...optionsOf(message).map((o) => `[${o.title}]`)].join('\n');
    }
    case 'document':
      return `📄 ${body.document!.filename}`;
    case 'template':
      return `template ${body.template!.name}: ${(body.template!.components ?? []).flatMap((c) => c.parameters.map((p) => p.text ?? '(file)')).join(' | ')}`;
    default:
      return JSON.stringify(message.body);
  }
}

export interface CloudChatPerson {
  from: CloudPerson;
  /** Sends a text and returns what SAPA answered in this chat. */
  say(text: string): Promise<string[]>;
  /** Taps the button or list row whose title matches `label` on the latest interactive message. */
  tap(label: RegExp | string): Promise<string[]>;
  received(): SentGraphMessage[];
}

/**
 * SAPA's WhatsApp channel over the Cloud API transport, wired as in
 * production against a fake Graph API: the signed webhook on the real HTTP
 * service (inject), the real engine, database, flows, inbound policy,
 * sender and outbox worker (its pauses advance the fixed clock).
 */
export async function startCloudHarness(db: Database, options: { now?: string; inbound?: { maxWaiting?: number } } = {}) {
  const clock = fixedClock(options.now ?? NOW);
  const api: FakeGraphApi = await startFakeGraphApi();
  const engine = createConversationEngine({
    db,
    clock,
    flows: createFlowRegistry({ phoneCodeChannels: { whatsapp: true } }),
    idleMinutes: 30,
    agency: { name: 'BKPSDM Kota Serang', publicUrl: 'https://sapa.example.go.id' },
    quietStrangers: { WHATSAPP: 60 * 60_000 },
  });
  const channel: CloudChannel = createCloudChannel({
    db,
    clock,
    engine,
    logger: createLogger('silent'),
    graphRoot: api.root,
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    phoneNumberId: api.phoneNumberId,
    accessToken: api.accessToken,
    perSecond: 20,
    templates: { notice: 'sapa_pemberitahuan', document: 'sapa_dokumen' },
    ...(options.inbound ? { inbound: options.inbound } : {}),
  });
  await channel.service.start();
  const app: FastifyInstance = await buildApp({ db, routes: channel.routes, rateLimits: false });
  const config = loadConfig({});
  const worker: OutboxWorker = createOutboxWorker({
    db,
    clock,
    senders: [channel.sender],
    resolveDocument: outboundDocumentResolver(db, config, clock),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          if (!signal.aborted) clock.advance(ms);
          resolve();
        }),
      ),
    random: () => 0.5,
  });

  /** POSTs a body to the webhook, signed with the app secret unless `signature` says otherwise. */
  async function post(payload: unknown, signature?: string | null) {
    const raw = Buffer.from(JSON.stringify(payload));
    const header = signature === undefined ? signBody(APP_SECRET, raw) : signature;
    const response = await app.inject({
      method: 'POST',
      url: CLOUD_WEBHOOK_PATH,
      headers: { 'content-type': 'application/json', ...(header === null ? {} : { 'x-hub-signature-256': header }) },
      payload: raw,
    });
    return { statusCode: response.statusCode, body: response.body };
  }

  /** Posts one message (expects 200), then sends what the outbox holds. */
  async function deliver(message: unknown, from: CloudPerson): Promise<void> {
    const response = await post(delivery(api, { contacts: contactsOf(from), messages: [message] }));
    if (response.statusCode !== 200) throw new Error(`webhook answered ${response.statusCode}: ${response.body}`);
    await worker.drainOnce();
  }

  function person(from: CloudPerson): CloudChatPerson {
    const mine = () => api.sentTo(from.waId);
    const answered = async (act: () => Promise<void>) => {
      const before = mine().length;
      await act();
      return mine().slice(before).map(readable);
    };
    return {
      from,
      received: mine,
      say: (text) => answered(() => deliver(textMessage(from, text, clock.now()), from)),
      tap(label) {
        const message = [...mine()].reverse().find((m) => m.type === 'interactive');
        const option = message && optionsOf(message).find((o) => (typeof label === 'string' ? o.title === label : label.test(o.title)));
        if (!message || !option) throw new Error(`no option ${String(label)} in the latest interactive message`);
        const kind = (message.body.interactive as Interactive).type === 'button' ? 'button_reply' : 'list_reply';
        return answered(() => deliver(replyMessage(from, kind, option.id, option.title, clock.now()), from));
      },
    };
  }

  return {
    api,
    app,
    clock,
    channel,
    worker,
    post,
    person,
    async close() {
      await worker.stop();
      await channel.service.stop();
      await app.close();
      await api.close();
    },
  };
}

export type CloudHarness = Awaited<ReturnType<typeof startCloudHarness>>;
