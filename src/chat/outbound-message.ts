import { z } from 'zod';

const choiceSchema = z.object({ value: z.string(), label: z.string() });

const documentSourceSchema = z.discriminatedUnion('type', [
  /** Rendered at send time so no PDF is stored: the employee's payslip of one period. */
  z.object({ type: z.literal('payslip'), payslipId: z.number().int() }),
  /** Rendered at send time: a leave request's form or Surat Izin Cuti (a LeavePaper row). */
  z.object({ type: z.literal('leavePaper'), paperId: z.number().int() }),
  /** Rendered at send time: what SAPA holds about the employee (`data saya`), in their language. */
  z.object({ type: z.literal('personalData'), employeeId: z.number().int(), lang: z.enum(['id', 'en']) }),
  /**
   * A file an employee sent with a request (a doctor's letter), read from the
   * store at send time for `readerId`, whom the sender checks may read it and
   * owns the chat it goes to.
   */
  z.object({ type: z.literal('leaveDocument'), documentId: z.number().int(), requestId: z.number().int(), readerId: z.number().int() }),
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

/**
 * What a message carries that a later message looks for, kept in its outbox
 * row (`ref`): a card (a `choices` message with a ref), which a `resolve`
 * finds once sent; a payslip (`payslip:<id>`), so asking for it again while
 * it is queued finds it waiting.
 */
export function outboxRefOf(message: OutboundMessage): string | null {
  if (message.kind === 'choices') return message.ref ?? null;
  if (message.kind === 'document' && message.source.type === 'payslip') return payslipRef(message.source.payslipId);
  return null;
}

/** The outbox `ref` of a row carrying payslip `payslipId`. */
export const payslipRef = (payslipId: number) => `payslip:${payslipId}`;
export type Choice = z.infer<typeof choiceSchema>;
export type DocumentSource = z.infer<typeof documentSourceSchema>;
