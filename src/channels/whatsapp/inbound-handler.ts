import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import { jakartaDay } from '../../domain/day';
import type { InboundContent, InboundMessage } from '../../chat/inbound-message';
import type { Logger } from '../../logger';
import { createInboundLimiter } from '../../services/whatsapp/inbound-limiter';
import { rememberWhatsappAddress } from '../../services/whatsapp/remember-whatsapp-address';
import { sendChannelNotice } from '../../services/notify/send-channel-notice';
import { createSlots } from '../../services/whatsapp/slots';
import type { Database } from '../../store/database';
import type { IncomingMedia } from './incoming-media';
import { MediaTooLargeError, type MediaDownloader } from './media-download';
import { readWhatsappMessage, type MessageReading } from './read-message';
import { phoneDigitsOf, phoneJidOf, type WhatsappAddress } from './whatsapp-address';

export interface InboundHandlerOptions {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle' | 'handleFile'>;
  logger: Logger;
  download: MediaDownloader;
  /** WhatsApp's own LID -> phone-number mapping, when the socket knows it. */
  phoneOfLid?: (lid: string) => Promise<string | null | undefined>;
  /** Called after the channel itself enqueued a reply (wakes the outbox worker). */
  onOutbox?: () => void;
  /** Largest incoming file accepted, in bytes. */
  maxFileBytes: number;
  /** Tries of a turn before the sender is told to send again (a busy database). Default 3. */
  attempts?: number;
  /** Messages one sender may send a minute; more are dropped unanswered. Default 20. */
  perSenderPerMinute?: number;
  /** Messages handled at once (turns, downloads); more wait in arrival order. Default 64. */
  maxInFlight?: number;
  /** Messages waiting for one of those; beyond, a message is dropped with a warning. Default 1000. */
  maxWaiting?: number;
}

type Envelope = Omit<InboundMessage, 'content'>;

const HOUR_MS = 3_600_000;

export interface InboundHandler {
  /** Takes a `messages.upsert` event; never throws (failures are logged and answered). */
  upsert(event: { messages: WAMessage[]; type: MessageUpsertType }): void;
  /** Resolves when every message taken so far has been handled. */
  idle(): Promise<void>;
}

type Read = Extract<MessageReading, { kind: 'read' }>;

/**
 * The inbound half of the WhatsApp channel: reads each new message, drops a
 * sender's messages beyond its per-minute limit, resolves the sender to a
 * phone-number JID (never by a LID alone) and hands the neutral message to
 * the conversation engine (a file: for the engine to decide whether it is
 * downloaded). Messages are taken in arrival order, one at a time, and
 * handed on in that order, so the engine's per-chat queue keeps each chat in
 * order; at most `maxInFlight` are handled at once, the rest wait (at most
 * `maxWaiting`, then dropped with a warning).
 */
export function createInboundHandler(options: InboundHandlerOptions): InboundHandler {
  const { db, clock, engine, logger } = options;
  const inFlight = new Set<Promise<void>>();
  const attempts = Math.max(1, options.attempts ?? 3);
  const perMinute = options.perSenderPerMinute ?? 20;
  const limiter = createInboundLimiter(clock, { perMinute });
  const slots = createSlots(options.maxInFlight ?? 64);
  const maxWaiting = options.maxWaiting ?? 1000;
  let intake: Promise<void> = Promise.resolve();
  let waiting = 0;

  async function notice(chatId: string, eventId: string, key: string, params?: Record<string, number>, externalId?: string) {
    await sendChannelNotice(db, { channel: 'WHATSAPP', chatId, eventId, key, ...(params ? { params } : {}), ...(externalId ? { externalId } : {}) });
    options.onOutbox?.();
  }

  async function phoneJidFor(address: WhatsappAddress): Promise<string | null> {
    if (address.phoneJid) return address.phoneJid;
    if (!address.lid || !options.phoneOfLid) return null;
    const mapped = await options.phoneOfLid(address.lid).catch((error: unknown) => {
      logger.warn({ err: error }, 'whatsapp: LID mapping lookup failed');
      return null;
    });
    return phoneJidOf(mapped);
  }

  /** The file is fetched only if the engine finds a linked employee at a step that asks for one. */
  async function handleFile(message: WAMessage, envelope: Envelope, media: IncomingMedia): Promise<void> {
    const { chatId, eventId, sender } = envelope;
    const tooLarge = () => notice(chatId, eventId, 'whatsapp.file_too_large', { mb: Math.floor(options.maxFileBytes / 1_048_576) }, sender.externalId);
    const fetch = async (): Promise<InboundContent | null> => {
      if (media.size !== undefined && media.size > options.maxFileBytes) return tooLarge().then(() => null);
      try {
        const content = await options.download(message);
        return { kind: 'document', fileName: media.fileName, mimeType: media.mimeType, content, ...(media.caption ? { caption: media.caption } : {}) };
      } catch (error) {
        if (error instanceof MediaTooLargeError) return tooLarge().then(() => null);
        logger.warn({ err: error, event: eventId }, 'whatsapp: media download failed');
        await notice(chatId, eventId, 'whatsapp.file_unreadable', undefined, sender.externalId);
        return null;
      }
    };
    const result = await engine.handleFile(envelope, fetch);
    if (result.status !== 'refused') return;
    logger.info({ event: eventId, reason: result.reason }, 'whatsapp: file not downloaded');
    if (result.reason === 'not_expected') await notice(chatId, eventId, 'whatsapp.file_not_expected', undefined, sender.externalId);
    else {
      await sendChannelNotice(db, { channel: 'WHATSAPP', chatId, eventId, key: 'menu.unlinked', oncePer: `${chatId}:unlinked-file:${Math.floor(clock.now().getTime() / HOUR_MS)}` });
      options.onOutbox?.();
    }
  }

  async function handleTurn(message: InboundMessage): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await engine.handle(message);
        return;
      } catch (error) {
        logger.error({ err: error, event: message.eventId, attempt }, 'whatsapp: turn failed');
        if (attempt >= attempts) {
          await notice(message.chatId, message.eventId, 'whatsapp.failed', undefined, message.sender.externalId);
          return;
        }
      }
    }
  }

  /** Resolves the sender (in arrival order), then starts the work once a slot is free. */
  async function take(message: WAMessage, reading: Read): Promise<void> {
    const { address, eventId } = reading;
    const phoneJid = await phoneJidFor(address);
    const work = phoneJid ? () => handle(message, reading, phoneJid) : () => refuseLid(eventId, address.lid!);
    await new Promise<void>((started) => {
      track(
        slots.run(async () => {
          started();
          await work();
        }),
      );
    });
  }

  async function refuseLid(eventId: string, lid: string): Promise<void> {
    // Only a LID: it says nothing about which employee this is.
    logger.info({ event: eventId }, 'whatsapp: sender without a phone number, refused');
    // Once a day per LID: answering every message of a stranger looks like spam to WhatsApp.
    await sendChannelNotice(db, { channel: 'WHATSAPP', chatId: lid, eventId, key: 'whatsapp.unrecognised_number', oncePer: `${lid}:${jakartaDay(clock.now())}` });
    options.onOutbox?.();
  }

  /** Hands the message to the engine at once (its chat queue keeps the order), then keeps the sender's addresses current. */
  async function handle(message: WAMessage, reading: Read, phoneJid: string): Promise<void> {
    const { address, eventId } = reading;
    const phone = phoneDigitsOf(phoneJid);
    const envelope: Envelope = {
      channel: 'WHATSAPP',
      chatId: phoneJid,
      eventId,
      sender: {
        externalId: phoneJid,
        phone,
        ...(address.lid ? { altId: address.lid } : {}),
        ...(reading.displayName ? { displayName: reading.displayName } : {}),
      },
      receivedAt: clock.now(),
    };
    if (reading.content.kind === 'media') await handleFile(message, envelope, reading.content.media);
    else await handleTurn({ ...envelope, content: reading.content });
    if (address.lid) await rememberWhatsappAddress(db, { externalId: phoneJid, phone, altId: address.lid });
  }

  function track(task: Promise<void>): void {
    const tracked = task.catch((error: unknown) => {
      logger.error({ err: error }, 'whatsapp: message could not be handled');
    });
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
  }

  function accept(message: WAMessage): void {
    const reading = readWhatsappMessage(message);
    if (reading.kind === 'ignore') {
      logger.debug({ event: message.key.id, reason: reading.reason }, 'whatsapp: message ignored');
      return;
    }
    const sender = message.key.remoteJid!;
    const admission = limiter.admit(sender);
    if (!admission.admitted) {
      const log = { event: reading.eventId, perMinute };
      if (admission.first) logger.warn(log, 'whatsapp: sender over its messages a minute, dropping the rest of the minute');
      else logger.debug(log, 'whatsapp: message dropped, sender over its limit');
      return;
    }
    if (waiting >= maxWaiting) {
      logger.warn({ event: reading.eventId, waiting }, 'whatsapp: inbound queue full, message dropped');
      return;
    }
    waiting += 1;
    intake = intake
      .then(() => take(message, reading))
      .catch((error: unknown) => {
        logger.error({ err: error, event: reading.eventId }, 'whatsapp: message could not be handled');
      })
      .finally(() => {
        waiting -= 1;
      });
  }

  return {
    upsert(event) {
      if (event.type !== 'notify') return;
      for (const message of event.messages) accept(message);
    },
    async idle() {
      while (waiting > 0 || inFlight.size > 0) await Promise.all([intake, ...inFlight]);
    },
  };
}
