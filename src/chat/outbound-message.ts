import { z } from 'zod';
import type { ChannelName } from './channel-name';

const choiceSchema = z.object({ value: z.string(), label: z.string() });

const documentSourceSchema = z.discriminatedUnion('type', [
  /** Rendered at send time so no PDF is stored: the employee's payslip of one period. */
  z.object({ type: z.literal('payslip'), payslipId: z.number().int() }),
  /** Rendered at send time: a leave request's form or Surat Izin Cuti (a LeavePaper row). */
  z.object({ type: z.literal('leavePaper'), paperId: z.number().int() }),
  /** A small file carried inline (e.g. the digest CSV), base64. */
  z.object({ type: z.literal('inline'), base64: z.string() }),
]);

/**
 * Channel-neutral outbound messages: flows and services write these, channels
 * translate them. Also an outbox row's payload as read back from the database,
 * checked before it is sent.
 */
export const outboundMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    /** What the outbox keeps in place of `text` once the message is sent or given up: the same text with a one-time code masked. */
    afterSend: z.string().optional(),
  }),
  z.object({ kind: z.literal('choices'), text: z.string(), choices: z.array(choiceSchema), ref: z.string().optional() }),
  z.object({
    kind: z.literal('document'),
    fileName: z.string(),
    mimeType: z.string(),
    caption: z.string(),
    source: documentSourceSchema,
  }),
  /** The card `ref` has been dealt with: show `text` in place of its buttons (Telegram); plain text elsewhere. */
  z.object({ kind: z.literal('resolve'), ref: z.string(), text: z.string() }),
]);

export type OutboundMessage = z.infer<typeof outboundMessageSchema>;

/** The payload an outbox row keeps once its message is sent or given up, when the message carries a secret (`afterSend`). */
export function keptAfterSend(message: OutboundMessage): OutboundMessage | null {
  return message.kind === 'text' && message.afterSend !== undefined ? { kind: 'text', text: message.afterSend } : null;
}

/** The card a message carries (a `choices` message with a ref), kept in its outbox row so a later `resolve` finds it. */
export function cardRefOf(message: OutboundMessage): string | null {
  return message.kind === 'choices' ? (message.ref ?? null) : null;
}
export type Choice = z.infer<typeof choiceSchema>;
export type DocumentSource = z.infer<typeof documentSourceSchema>;

/** An outbound message addressed to a chat, as stored in the outbox. */
export interface Envelope {
  channel: ChannelName;
  chatId: string;
  message: OutboundMessage;
  /** Makes the row unique: a job or event that may run twice enqueues once. */
  dedupeKey?: string;
  /** Send order across chats: higher first (SEND_PRIORITY); default normal. */
  priority?: number;
}

/**
 * Outbox priorities: the worker claims and sends rows of a higher priority
 * first; one chat's messages always keep their order. Replies to people who
 * are not linked (strangers) go after everyone else's.
 */
export const SEND_PRIORITY = { normal: 0, stranger: -10 } as const;
