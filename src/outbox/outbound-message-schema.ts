import { z } from 'zod';
import type { OutboundMessage } from '../conversation/messages';

const documentSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('payslip'), payslipId: z.number().int() }),
  z.object({ type: z.literal('inline'), base64: z.string() }),
]);

/** An outbox row's payload as read back from the database: checked before it is sent. */
export const outboundMessageSchema: z.ZodType<OutboundMessage> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('choices'),
    text: z.string(),
    choices: z.array(z.object({ value: z.string(), label: z.string() })),
    ref: z.string().optional(),
  }),
  z.object({
    kind: z.literal('document'),
    fileName: z.string(),
    mimeType: z.string(),
    caption: z.string(),
    source: documentSource,
  }),
  z.object({ kind: z.literal('resolve'), ref: z.string(), text: z.string() }),
]);
