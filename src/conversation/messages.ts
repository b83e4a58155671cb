import type { Language } from '../domain/format';

/** Channel-neutral messages: channels translate to and from these, flows only see these. */
export type ChannelName = 'TELEGRAM' | 'WHATSAPP' | 'LOCAL';

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

export type Choice = { value: string; label: string };

export type DocumentSource =
  /** Rendered at send time so no PDF is stored: the employee's payslip of one period. */
  | { type: 'payslip'; payslipId: number }
  /** A small file carried inline (e.g. the digest CSV), base64. */
  | { type: 'inline'; base64: string };

export type OutboundMessage =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; text: string; choices: Choice[]; ref?: string }
  | { kind: 'document'; fileName: string; mimeType: string; caption: string; source: DocumentSource }
  /** The card `ref` has been dealt with: show `text` in place of its buttons (Telegram); plain text elsewhere. */
  | { kind: 'resolve'; ref: string; text: string };

/** An outbound message addressed to a chat, as stored in the outbox. */
export interface Envelope {
  channel: ChannelName;
  chatId: string;
  message: OutboundMessage;
  /** Makes the row unique: a job or event that may run twice enqueues once. */
  dedupeKey?: string;
}

export type { Language };
