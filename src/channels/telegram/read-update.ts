import type { InboundMessage } from '../../chat/inbound-message';
import { commandText } from './command-text';
import type { TelegramMessage, TelegramUpdate, TelegramUser } from './update-schema';

/** An incoming file to download before the conversation sees it. */
export interface IncomingFile {
  fileId: string;
  fileName: string;
  mimeType: string;
  /** Size Telegram announced, when it did. */
  size?: number;
  caption?: string;
}

/** The neutral message minus its content: who, which chat, which event. */
export type InboundEnvelope = Omit<InboundMessage, 'content'>;

export type UpdateReading =
  | { kind: 'ignore'; reason: string }
  | { kind: 'message'; message: InboundMessage }
  | { kind: 'file'; envelope: InboundEnvelope; file: IncomingFile }
  /** A button press. */
  | { kind: 'callback'; callbackId: string; envelope: InboundEnvelope; value: string }
  /** A button press that cannot be honoured (no data, not a private chat): answered and dropped. */
  | { kind: 'refuse_callback'; callbackId: string; reason: string };

function displayName(from: TelegramUser): string | undefined {
  return [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username || undefined;
}

function envelopeOf(update: TelegramUpdate, chatId: number, from: TelegramUser, receivedAt: Date, phone?: string): InboundEnvelope {
  const name = displayName(from);
  return {
    channel: 'TELEGRAM',
    chatId: String(chatId),
    eventId: String(update.update_id),
    sender: { externalId: String(from.id), ...(phone ? { phone } : {}), ...(name ? { displayName: name } : {}) },
    receivedAt,
  };
}

function fileOf(message: TelegramMessage): IncomingFile | null {
  const caption = message.caption ? { caption: message.caption } : {};
  if (message.document) {
    const d = message.document;
    return {
      fileId: d.file_id,
      fileName: d.file_name || `dokumen-${d.file_unique_id}`,
      mimeType: d.mime_type || 'application/octet-stream',
      ...(d.file_size !== undefined ? { size: d.file_size } : {}),
      ...caption,
    };
  }
  const largest = message.photo?.at(-1);
  if (largest) {
    return {
      fileId: largest.file_id,
      fileName: `foto-${largest.file_unique_id}.jpg`,
      mimeType: 'image/jpeg',
      ...(largest.file_size !== undefined ? { size: largest.file_size } : {}),
      ...caption,
    };
  }
  return null;
}

function readMessage(update: TelegramUpdate, message: TelegramMessage, receivedAt: Date): UpdateReading {
  const from = message.from;
  if (!from || from.is_bot) return { kind: 'ignore', reason: 'no human sender' };
  if (message.chat.type !== 'private') return { kind: 'ignore', reason: `${message.chat.type} chat` };
  const envelope = envelopeOf(update, message.chat.id, from, receivedAt);
  if (message.text !== undefined) {
    return { kind: 'message', message: { ...envelope, content: { kind: 'text', text: commandText(message.text) } } };
  }
  const file = fileOf(message);
  if (file) return { kind: 'file', envelope, file };
  if (message.contact) {
    // Only the person's own number is evidence of anything; a forwarded contact card is not.
    if (message.contact.user_id !== from.id) return { kind: 'ignore', reason: 'contact of someone else' };
    const phone = message.contact.phone_number.replace(/[^\d]/g, '');
    return {
      kind: 'message',
      message: { ...envelopeOf(update, message.chat.id, from, receivedAt, phone), content: { kind: 'contact', phone } },
    };
  }
  return { kind: 'ignore', reason: 'unsupported message content' };
}

/**
 * What an update means to SAPA (pure: no network, no database). Only private
 * chats are served: in a group, a payslip or a decision card would be seen by
 * everyone. The sender is always `from.id` and the chat `chat.id`, as
 * Telegram vouches for them; nothing else in the update is trusted.
 */
export function readUpdate(update: TelegramUpdate, receivedAt: Date): UpdateReading {
  if (update.message) return readMessage(update, update.message, receivedAt);
  const query = update.callback_query;
  if (!query) return { kind: 'ignore', reason: 'update kind not handled' };
  const chat = query.message?.chat;
  if (!chat || chat.type !== 'private') return { kind: 'refuse_callback', callbackId: query.id, reason: 'not a private chat' };
  if (!query.data) return { kind: 'refuse_callback', callbackId: query.id, reason: 'no callback data' };
  return {
    kind: 'callback',
    callbackId: query.id,
    envelope: envelopeOf(update, chat.id, query.from, receivedAt),
    value: query.data,
  };
}
