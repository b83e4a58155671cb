import { normalizeMessageContent, type proto, type WAMessage } from '@whiskeysockets/baileys';
import type { InboundContent } from '../../chat/inbound-message';
import { incomingMedia, type IncomingMedia } from './incoming-media';
import { addressOf, isSharedChat, type WhatsappAddress } from './whatsapp-address';
import { vcardPhone } from './vcard-phone';

/** What a message says, before the sender is resolved: a neutral content, or a file to download first. */
export type ReadContent = Exclude<InboundContent, { kind: 'document' | 'choice' }> | { kind: 'media'; media: IncomingMedia };

export type MessageReading =
  | { kind: 'ignore'; reason: string }
  | { kind: 'read'; eventId: string; address: WhatsappAddress; displayName?: string; content: ReadContent };

/** Messages that only carry WhatsApp's own bookkeeping or a reaction: never a person's answer. */
const NOT_FOR_SAPA: ReadonlyArray<keyof proto.IMessage> = [
  'protocolMessage',
  'reactionMessage',
  'encReactionMessage',
  'pollUpdateMessage',
  'keepInChatMessage',
  'pinInChatMessage',
  'senderKeyDistributionMessage',
];

function contentOf(message: proto.IMessage, messageId: string): ReadContent | null {
  const text = message.conversation ?? message.extendedTextMessage?.text;
  if (typeof text === 'string' && text.trim() !== '') return { kind: 'text', text };
  const media = incomingMedia(message, messageId);
  if (media) return { kind: 'media', media };
  const card = message.contactMessage ?? message.contactsArrayMessage?.contacts?.[0];
  const phone = vcardPhone(card?.vcard);
  if (phone) return { kind: 'contact', phone };
  return null;
}

/**
 * What an incoming WhatsApp message means to SAPA (pure: no network, no
 * database). Only direct chats with a person are served: never groups,
 * status updates, broadcast lists or channels, never SAPA's own messages.
 */
export function readWhatsappMessage(message: WAMessage): MessageReading {
  const { key } = message;
  const eventId = key.id;
  const chat = key.remoteJid;
  if (!eventId || !chat) return { kind: 'ignore', reason: 'no message id or chat' };
  if (key.fromMe) return { kind: 'ignore', reason: 'own message' };
  if (isSharedChat(chat) || message.broadcast || key.participant) return { kind: 'ignore', reason: 'not a direct chat' };
  const normalized = normalizeMessageContent(message.message);
  if (!normalized) return { kind: 'ignore', reason: 'no content' };
  if (NOT_FOR_SAPA.some((field) => normalized[field])) return { kind: 'ignore', reason: 'protocol or reaction' };
  const content = contentOf(normalized, eventId);
  if (!content) return { kind: 'ignore', reason: 'unsupported content' };
  const address = addressOf(key as typeof key & { senderPn?: string | null });
  if (!address.phoneJid && !address.lid) return { kind: 'ignore', reason: 'not a person' };
  const displayName = message.pushName?.trim();
  return { kind: 'read', eventId, address, ...(displayName ? { displayName } : {}), content };
}
