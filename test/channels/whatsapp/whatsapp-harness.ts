import type { AnyMessageContent, WAMessage } from '@whiskeysockets/baileys';
import { createFlowRegistry } from '../../../flows';
import { createWhatsappChannel, type WhatsappChannel } from '../../../src/channels/whatsapp/whatsapp-channel';
import { whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { createConversationEngine } from '../../../src/conversation/conversation-engine';
import { createLogger } from '../../../src/logger';
import { createOutboxWorker, type OutboxWorker } from '../../../src/outbox/outbox-worker';
import { outboundDocumentResolver } from '../../../src/services/documents/outbound-document-resolver';
import type { Database } from '../../../src/store/database';
import { fakeSockets, type FakeSocket, type SentMessage } from './fake-socket';
import { fakeMediaServer, type FakeMediaServer } from './fake-media-server';
import { pdf, photo, text, type From } from './messages';

export const NOW = '2026-11-27T03:00:00Z';

/** What a person reads of a sent WhatsApp message. */
export function readable(content: AnyMessageContent): string {
  if ('text' in content && typeof content.text === 'string') return content.text;
  if ('document' in content) return `📄 ${String(content.fileName)}`;
  return JSON.stringify(content);
}

export interface WhatsappPerson {
  from: From;
  /** Sends a message (text, or a built one) and returns what SAPA answered in this chat. */
  say(input: string | ((from: From) => WAMessage)): Promise<string[]>;
  /** Everything SAPA sent to this person's chat so far. */
  received(): SentMessage[];
}

/**
 * SAPA's WhatsApp channel wired as in production against a fake socket: the
 * real conversation engine, database, flows, inbound handler, sender and
 * outbox worker (its pauses advance the fixed clock instead of sleeping).
 */
export async function startWhatsappHarness(db: Database, options: { media?: FakeMediaServer } = {}) {
  const clock = fixedClock(NOW);
  const engine = createConversationEngine({
    db,
    clock,
    flows: createFlowRegistry({ phoneCodeChannels: { whatsapp: true } }),
    idleMinutes: 30,
    agency: { name: 'BKPSDM Kota Serang', publicUrl: 'https://sapa.example.go.id' },
    quietStrangers: { WHATSAPP: 60 * 60_000 },
  });
  const built = fakeSockets();
  const media = options.media ?? fakeMediaServer();
  const channel: WhatsappChannel = createWhatsappChannel({
    db,
    clock,
    engine,
    logger: createLogger('silent'),
    pacing: whatsappPacing(1, 400),
    socketFactory: built.factory,
    fetchMedia: media.fetch,
    showQr: () => undefined,
  });
  await channel.service.start();
  const socket: FakeSocket = built.last();
  socket.open();

  const config = loadConfig({});
  const worker: OutboxWorker = createOutboxWorker({
    db,
    clock,
    senders: [channel.sender],
    resolveDocument: outboundDocumentResolver(db, config, clock),
    // Yield to I/O first (a payslip renders meanwhile), then advance the clock unless the wait was cut short.
    sleep: (ms, signal) =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          if (!signal.aborted) clock.advance(ms);
          resolve();
        }),
      ),
    random: () => 0.5,
  });

  /** Lets the channel handle what it got, then sends what the outbox holds. */
  async function settle(): Promise<void> {
    await channel.inbound.idle();
    await worker.drainOnce();
  }

  function person(from: From): WhatsappPerson {
    const chat = from.alt && from.jid.endsWith('@lid') ? from.alt.replace(/:\d+@/, '@') : from.jid;
    const mine = () => socket.sent.filter((s) => s.jid === chat);
    return {
      from,
      received: mine,
      async say(input) {
        const before = mine().length;
        socket.receive(typeof input === 'string' ? text(from, input) : input(from));
        await settle();
        return mine().slice(before).map((s) => readable(s.content));
      },
    };
  }

  return {
    clock,
    channel,
    socket,
    media,
    worker,
    settle,
    person,
    /** A photo stored on the fake media server (its bytes: `content`), as a message builder. */
    async photo(options: { caption?: string; size?: number; content?: Buffer } = {}) {
      const { content, ...rest } = options;
      const fields = await media.upload(content ?? Buffer.from('JPEG bytes'), 'image');
      return (from: From) => photo(from, { ...rest, media: fields });
    },
    async pdf(fileName: string, content: Buffer) {
      const fields = await media.upload(content, 'document');
      return (from: From) => pdf(from, fileName, content.length, fields);
    },
    async close() {
      await worker.stop();
      await channel.service.stop();
    },
  };
}

export type WhatsappHarness = Awaited<ReturnType<typeof startWhatsappHarness>>;
