import type { InboundContent, InboundMessage } from '../../chat/inbound-message';
import type { Clock } from '../../clock';
import type { ConversationEngine } from '../../conversation/conversation-engine';
import type { Logger } from '../../logger';
import { sendChannelNotice } from '../../services/notify/send-channel-notice';
import type { InboundPolicy } from '../../services/whatsapp/inbound-policy';
import type { Database } from '../../store/database';
import type { IncomingMedia } from './incoming-media';
import { MediaTooLargeError } from './media-too-large';

/** The neutral message minus its content: who, which chat, which event. */
export type InboundEnvelope = Omit<InboundMessage, 'content'>;

export interface InboundDeliveryOptions {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle' | 'handleFile'>;
  logger: Logger;
  policy: InboundPolicy;
  /** Largest incoming file accepted, in bytes. */
  maxFileBytes: number;
  /** Called after the channel itself enqueued a reply (wakes the outbox worker). */
  onOutbox?: () => void;
}

export interface InboundDelivery {
  /** A text, choice or contact: one turn (tried again on failure, by the shared policy). */
  message(message: InboundMessage): Promise<void>;
  /** A file, downloaded only if the engine finds a linked employee at a step that asks for one. */
  file(envelope: InboundEnvelope, media: IncomingMedia, download: () => Promise<Buffer>): Promise<void>;
}

const HOUR_MS = 3_600_000;

/**
 * Hands a read WhatsApp message to the conversation engine, whichever
 * transport read it: turns through the shared inbound policy, files fetched
 * only when a step asks for one, and the channel's own answers (file too
 * large, unreadable, not expected) through the notice service.
 */
export function createInboundDelivery(options: InboundDeliveryOptions): InboundDelivery {
  const { db, clock, engine, logger, policy } = options;

  async function notice(chatId: string, eventId: string, key: string, params?: Record<string, number>, externalId?: string) {
    await sendChannelNotice(db, { channel: 'WHATSAPP', chatId, eventId, key, ...(params ? { params } : {}), ...(externalId ? { externalId } : {}) });
    options.onOutbox?.();
  }

  return {
    message: (message) => policy.turn(message, (m) => engine.handle(m)),
    async file(envelope, media, download) {
      const { chatId, eventId, sender } = envelope;
      const tooLarge = () => notice(chatId, eventId, 'whatsapp.file_too_large', { mb: Math.floor(options.maxFileBytes / 1_048_576) }, sender.externalId);
      const fetch = async (): Promise<InboundContent | null> => {
        if (media.size !== undefined && media.size > options.maxFileBytes) return tooLarge().then(() => null);
        try {
          const content = await download();
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
    },
  };
}
