import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import { KeyedMutex } from '../../conversation/keyed-mutex';
import { jakartaDay } from '../../domain/day';
import type { InboundContent, InboundMessage } from '../../chat/inbound-message';
import type { Logger } from '../../logger';
import { rememberWhatsappAddress } from '../../services/whatsapp/remember-whatsapp-address';
import { replyWhatsappNotice } from '../../services/whatsapp/reply-whatsapp-notice';
import type { Database } from '../../store/database';
import type { IncomingMedia } from './incoming-media';
import { MediaTooLargeError, type MediaDownloader } from './media-download';
import { readWhatsappMessage } from './read-message';
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
}

type Envelope = Omit<InboundMessage, 'content'>;

const HOUR_MS = 3_600_000;

export interface InboundHandler {
  /** Takes a `messages.upsert` event; never throws (failures are logged and answered). */
  upsert(event: { messages: WAMessage[]; type: MessageUpsertType }): void;
  /** Resolves when every message taken so far has been handled. */
  idle(): Promise<void>;
}

/**
 * The inbound half of the WhatsApp channel: reads each new message, resolves
 * the sender to a phone-number JID (never by a LID alone), downloads files,
 * and hands the neutral message to the conversation engine. Messages of one
 * chat are handled one after another in arrival order.
 */
export function createInboundHandler(options: InboundHandlerOptions): InboundHandler {
  const { db, clock, engine, logger } = options;
  const chats = new KeyedMutex();
  const inFlight = new Set<Promise<void>>();
  const attempts = Math.max(1, options.attempts ?? 3);

  async function notice(chatId: string, eventId: string, key: string, params?: Record<string, number>, externalId?: string) {
    await replyWhatsappNotice(db, { chatId, eventId, key, ...(params ? { params } : {}), ...(externalId ? { externalId } : {}) });
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
      await replyWhatsappNotice(db, { chatId, eventId, key: 'menu.unlinked', oncePer: `${chatId}:unlinked-file:${Math.floor(clock.now().getTime() / HOUR_MS)}` });
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

  async function handleOne(message: WAMessage): Promise<void> {
    const reading = readWhatsappMessage(message);
    if (reading.kind === 'ignore') {
      logger.debug({ event: message.key.id, reason: reading.reason }, 'whatsapp: message ignored');
      return;
    }
    const { address, eventId } = reading;
    const phoneJid = await phoneJidFor(address);
    if (!phoneJid) {
      // Only a LID: it says nothing about which employee this is.
      logger.info({ event: eventId }, 'whatsapp: sender without a phone number, refused');
      // Once a day per LID: answering every message of a stranger looks like spam to WhatsApp.
      const lid = address.lid!;
      await replyWhatsappNotice(db, { chatId: lid, eventId, key: 'whatsapp.unrecognised_number', oncePer: `${lid}:${jakartaDay(clock.now())}` });
      options.onOutbox?.();
      return;
    }
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
    if (address.lid) await rememberWhatsappAddress(db, { externalId: phoneJid, phone, altId: address.lid });
    if (reading.content.kind === 'media') await handleFile(message, envelope, reading.content.media);
    else await handleTurn({ ...envelope, content: reading.content });
  }

  function track(task: Promise<void>): void {
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  }

  return {
    upsert(event) {
      if (event.type !== 'notify') return;
      for (const message of event.messages) {
        const chat = message.key?.remoteJid ?? '';
        track(
          chats.run(chat, () => handleOne(message)).catch((error: unknown) => {
            logger.error({ err: error, event: message.key?.id }, 'whatsapp: message could not be handled');
          }),
        );
      }
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
