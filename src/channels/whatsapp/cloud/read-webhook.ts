import type { InboundMessage } from '../../../chat/inbound-message';
import type { DeliveryReport, DeliveryStatus } from '../../../services/whatsapp/record-delivery-status';
import type { IncomingMedia } from '../incoming-media';
import type { ReadContent } from '../read-message';
import type { CloudMedia } from './cloud-media-download';
import type { CloudMessage, CloudStatus, CloudWebhook } from './webhook-schema';

type Envelope = Omit<InboundMessage, 'content'>;

export type CloudReading =
  | { kind: 'ignore'; eventId: string; reason: string }
  /** `sentAt`: when WhatsApp says the person sent it (the start of a 24-hour window). */
  | { kind: 'message'; envelope: Envelope; sentAt: Date; content: Exclude<ReadContent, { kind: 'media' }> | { kind: 'choice'; value: string } }
  | { kind: 'file'; envelope: Envelope; sentAt: Date; media: IncomingMedia; file: CloudMedia };

export interface WebhookReading {
  messages: CloudReading[];
  statuses: DeliveryReport[];
}

const STATUSES = new Set<DeliveryStatus>(['sent', 'delivered', 'read', 'failed']);
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic' };

const secondsToDate = (seconds: string) => new Date(Number(seconds) * 1000);

function mediaOf(message: CloudMessage): { media: IncomingMedia; file: CloudMedia } | null {
  const image = message.image;
  const document = message.document;
  const found = image ?? document;
  if (!found) return null;
  const mimeType = found.mime_type?.split(';')[0]?.trim() || (image ? 'image/jpeg' : 'application/octet-stream');
  const fileName = image ? `foto-${message.id.slice(-16)}.${EXTENSIONS[mimeType] ?? 'jpg'}` : document?.filename?.trim() || `dokumen-${message.id.slice(-16)}`;
  return {
    media: { fileName, mimeType, ...(found.caption ? { caption: found.caption } : {}) },
    file: { id: found.id, ...(found.sha256 ? { sha256: found.sha256 } : {}) },
  };
}

function contentOf(message: CloudMessage): Extract<CloudReading, { kind: 'message' }>['content'] | null {
  if (message.type === 'text' && message.text?.body.trim()) return { kind: 'text', text: message.text.body };
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (message.type === 'interactive' && reply) return { kind: 'choice', value: reply.id };
  if (message.type === 'button' && message.button?.text?.trim()) return { kind: 'text', text: message.button.text };
  const phone = message.contacts?.[0]?.phones?.[0];
  const digits = phone?.wa_id ?? phone?.phone?.replace(/[^\d]/g, '');
  if (message.type === 'contacts' && digits && /^\d{8,15}$/.test(digits)) return { kind: 'contact', phone: digits };
  return null;
}

function readMessage(message: CloudMessage, names: Map<string, string>, receivedAt: Date): CloudReading {
  const chatId = `${message.from}@s.whatsapp.net`;
  const displayName = names.get(message.from)?.trim();
  const envelope: Envelope = {
    channel: 'WHATSAPP',
    chatId,
    eventId: message.id,
    sender: { externalId: chatId, phone: message.from, ...(displayName ? { displayName } : {}) },
    receivedAt,
  };
  // Never later than now: a window is not opened by a clock that runs ahead.
  const sentAt = new Date(Math.min(secondsToDate(message.timestamp).getTime(), receivedAt.getTime()));
  const file = message.type === 'image' || message.type === 'document' ? mediaOf(message) : null;
  if (file) return { kind: 'file', envelope, sentAt, ...file };
  const content = contentOf(message);
  if (!content) return { kind: 'ignore', eventId: message.id, reason: `unsupported message type ${message.type}` };
  return { kind: 'message', envelope, sentAt, content };
}

function readStatus(status: CloudStatus): DeliveryReport | null {
  if (!STATUSES.has(status.status as DeliveryStatus)) return null;
  const error = status.errors?.[0];
  return {
    channelMessageId: status.id,
    status: status.status as DeliveryStatus,
    at: secondsToDate(status.timestamp),
    ...(error ? { error: { code: error.code, title: error.title || error.message || '' } } : {}),
  };
}

/**
 * What a checked webhook delivery means to SAPA (pure: no network, no
 * database): the messages people sent to SAPA's number (`phoneNumberId`;
 * deliveries for another number of the same business are ignored) and
 * what WhatsApp reports about messages SAPA sent. The sender is the `from`
 * WhatsApp vouches for, as the same phone-number JID the Baileys transport
 * uses, so identities carry over from one transport to the other.
 */
export function readCloudWebhook(payload: CloudWebhook, phoneNumberId: string, receivedAt: Date): WebhookReading {
  const reading: WebhookReading = { messages: [], statuses: [] };
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages' || change.value.metadata.phone_number_id !== phoneNumberId) continue;
      const names = new Map((change.value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name ?? ''] as const));
      for (const message of change.value.messages ?? []) reading.messages.push(readMessage(message, names, receivedAt));
      for (const status of change.value.statuses ?? []) {
        const report = readStatus(status);
        if (report) reading.statuses.push(report);
      }
    }
  }
  return reading;
}
