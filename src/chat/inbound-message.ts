import type { ChannelName } from './channel-name';

/** Channel-neutral inbound messages: channels translate to these, flows only see these. */
export type InboundContent =
  | { kind: 'text'; text: string }
  /** A tapped button (Telegram callback) or a recognised numbered-list reply. `ref` names the card it came from. */
  | { kind: 'choice'; value: string; ref?: string }
  /** A photo or document (a doctor's letter). The channel has downloaded the bytes already. */
  | { kind: 'document'; fileName: string; mimeType: string; content: Buffer; caption?: string }
  | { kind: 'contact'; phone: string };

export interface InboundMessage {
  channel: ChannelName;
  /** The chat to answer in (Telegram chat id, WhatsApp phone-number JID, local session id). */
  chatId: string;
  /** The channel's unique id of this event (Telegram update_id, WhatsApp message id): the dedupe key. */
  eventId: string;
  sender: { externalId: string; phone?: string; altId?: string; displayName?: string };
  content: InboundContent;
  receivedAt: Date;
}
