import type { Clock } from '../../../clock';
import type { ConversationEngine } from '../../../conversation/conversation-engine';
import type { Logger } from '../../../logger';
import { recordInboundTime } from '../../../services/whatsapp/customer-window';
import { createInboundPolicy, type InboundPolicyOptions } from '../../../services/whatsapp/inbound-policy';
import { recordDeliveryStatus } from '../../../services/whatsapp/record-delivery-status';
import type { Database } from '../../../store/database';
import { createInboundDelivery } from '../inbound-delivery';
import type { CloudMediaDownloader } from './cloud-media-download';
import { readCloudWebhook, type CloudReading } from './read-webhook';
import type { CloudWebhook } from './webhook-schema';

export interface CloudInboundOptions extends Pick<InboundPolicyOptions, 'attempts' | 'perSenderPerMinute' | 'maxInFlight' | 'maxWaiting'> {
  db: Database;
  clock: Clock;
  engine: Pick<ConversationEngine, 'handle' | 'handleFile'>;
  logger: Logger;
  /** SAPA's business phone number id: deliveries for another number are ignored. */
  phoneNumberId: string;
  download: CloudMediaDownloader;
  maxFileBytes: number;
  onOutbox?: () => void;
}

export interface CloudInbound {
  /**
   * Handles one checked webhook delivery; resolves when its messages were
   * handled and its statuses recorded: 'busy' when a message found the
   * inbound queue full and was left for Meta to deliver again.
   */
  handle(payload: CloudWebhook): Promise<'handled' | 'busy'>;
  idle(): Promise<void>;
}

/**
 * The inbound half of the Cloud API transport: statuses of sent messages go
 * on their outbox rows; each message opens (or extends) the person's
 * 24-hour window, then goes through the same inbound policy and delivery as
 * the Baileys transport's. A replayed delivery has no second effect: the
 * engine drops message ids it has seen, statuses never go back. Unlike
 * Baileys, a delivery that finds the queue full is not dropped: it is
 * answered busy (its statuses recorded, its messages untouched) and Meta
 * sends it again.
 */
export function createCloudInbound(options: CloudInboundOptions): CloudInbound {
  const { db, clock, logger } = options;
  const policy = createInboundPolicy(options);
  const delivery = createInboundDelivery({ ...options, policy });

  async function opened(reading: Exclude<CloudReading, { kind: 'ignore' }>): Promise<void> {
    const { chatId, sender } = reading.envelope;
    try {
      await recordInboundTime(db, { externalId: chatId, phone: sender.phone ?? '', at: reading.sentAt });
    } catch (error) {
      // Without it the replies go as templates: worse, not lost.
      logger.warn({ err: error, event: reading.envelope.eventId }, 'whatsapp cloud: recording the window failed');
    }
  }

  function admit(reading: CloudReading): Promise<void> | null {
    if (reading.kind === 'ignore') {
      logger.debug({ event: reading.eventId, reason: reading.reason }, 'whatsapp cloud: message ignored');
      return null;
    }
    const { envelope } = reading;
    return policy.admit(envelope.chatId, envelope.eventId, async () => {
      await opened(reading);
      if (reading.kind === 'file') return () => delivery.file(envelope, reading.media, () => options.download(reading.file));
      return () => delivery.message({ ...envelope, content: reading.content });
    });
  }

  return {
    async handle(payload) {
      const reading = readCloudWebhook(payload, options.phoneNumberId, clock.now());
      let requeued = false;
      for (const status of reading.statuses) requeued = (await recordDeliveryStatus(db, status)) || requeued;
      if (requeued) options.onOutbox?.();
      // Checked once a delivery: its messages are taken together (a delivery is at most a few hundred small changes),
      // so a redelivered batch larger than the queue still gets through.
      if (reading.messages.some((message) => message.kind !== 'ignore') && policy.full()) {
        logger.warn({ messages: reading.messages.length }, 'whatsapp cloud: inbound queue full, delivery answered busy for Meta to send again');
        return 'busy';
      }
      const handled = reading.messages.map(admit).filter((task): task is Promise<void> => task !== null);
      await Promise.all(handled);
      return 'handled';
    },
    idle: () => policy.idle(),
  };
}
