import type { MessageUpsertType, WAMessage } from '@whiskeysockets/baileys';
import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import { jakartaDay } from '../../domain/day';
import type { Logger } from '../../logger';
import { sendChannelNotice } from '../../services/notify/send-channel-notice';
import { createInboundPolicy, type InboundPolicyOptions } from '../../services/whatsapp/inbound-policy';
import { rememberWhatsappAddress } from '../../services/whatsapp/remember-whatsapp-address';
import type { Database } from '../../store/database';
import { createInboundDelivery, type InboundEnvelope } from './inbound-delivery';
import type { MediaDownloader } from './media-download';
import { readWhatsappMessage, type MessageReading } from './read-message';
import { phoneDigitsOf, phoneJidOf, type WhatsappAddress } from './whatsapp-address';

export interface InboundHandlerOptions extends Pick<InboundPolicyOptions, 'attempts' | 'perSenderPerMinute' | 'maxInFlight' | 'maxWaiting'> {
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
}

export interface InboundHandler {
  /** Takes a `messages.upsert` event; never throws (failures are logged and answered). */
  upsert(event: { messages: WAMessage[]; type: MessageUpsertType }): void;
  /** Resolves when every message taken so far has been handled. */
  idle(): Promise<void>;
}

type Read = Extract<MessageReading, { kind: 'read' }>;

/**
 * The inbound half of the Baileys transport: reads each new message,
 * resolves the sender to a phone-number JID (never by a LID alone) and hands
 * the neutral message on. Limits, order, concurrency and retries are the
 * shared inbound policy's (services/whatsapp/inbound-policy.ts), the turn
 * and file handling the shared delivery's, as for the Cloud API transport.
 */
export function createInboundHandler(options: InboundHandlerOptions): InboundHandler {
  const { db, clock, logger } = options;
  const policy = createInboundPolicy(options);
  const delivery = createInboundDelivery({ ...options, policy });

  async function phoneJidFor(address: WhatsappAddress): Promise<string | null> {
    if (address.phoneJid) return address.phoneJid;
    if (!address.lid || !options.phoneOfLid) return null;
    const mapped = await options.phoneOfLid(address.lid).catch((error: unknown) => {
      logger.warn({ err: error }, 'whatsapp: LID mapping lookup failed');
      return null;
    });
    return phoneJidOf(mapped);
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
    const envelope: InboundEnvelope = {
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
    if (reading.content.kind === 'media') await delivery.file(envelope, reading.content.media, () => options.download(message));
    else await delivery.message({ ...envelope, content: reading.content });
    if (address.lid) await rememberWhatsappAddress(db, { externalId: phoneJid, phone, altId: address.lid });
  }

  function accept(message: WAMessage): void {
    const reading = readWhatsappMessage(message);
    if (reading.kind === 'ignore') {
      logger.debug({ event: message.key.id, reason: reading.reason }, 'whatsapp: message ignored');
      return;
    }
    policy.admit(message.key.remoteJid!, reading.eventId, async () => {
      const phoneJid = await phoneJidFor(reading.address);
      return phoneJid ? () => handle(message, reading, phoneJid) : () => refuseLid(reading.eventId, reading.address.lid!);
    });
  }

  return {
    upsert(event) {
      if (event.type !== 'notify') return;
      for (const message of event.messages) accept(message);
    },
    idle: () => policy.idle(),
  };
}
