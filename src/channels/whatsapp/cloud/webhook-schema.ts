import { z } from 'zod';

const id = z.string().min(1).max(256);
const text = (max: number) => z.string().max(max);
const digits = z.string().regex(/^\d{5,20}$/);
const timestamp = z.string().regex(/^\d{1,12}$/);

const mediaSchema = z.object({
  id,
  mime_type: text(255).optional(),
  sha256: text(128).optional(),
  caption: text(4096).optional(),
  filename: text(255).optional(),
});

const errorSchema = z.object({ code: z.coerce.number().int(), title: text(1000).default(''), message: text(2000).optional() });

/** One message a person sent (the kinds SAPA reads; others are kept as their `type` only). */
const messageSchema = z.object({
  id,
  from: digits,
  timestamp,
  type: text(64),
  text: z.object({ body: text(8192) }).optional(),
  interactive: z
    .object({
      type: text(64),
      button_reply: z.object({ id, title: text(256) }).optional(),
      list_reply: z.object({ id, title: text(256) }).optional(),
    })
    .optional(),
  /** A template's quick-reply button. */
  button: z.object({ payload: text(1024).optional(), text: text(256).optional() }).optional(),
  image: mediaSchema.optional(),
  document: mediaSchema.optional(),
  contacts: z.array(z.object({ phones: z.array(z.object({ phone: text(64).optional(), wa_id: digits.optional() })).max(20).optional() })).max(20).optional(),
  context: z.object({ id: id.optional(), from: text(64).optional(), forwarded: z.boolean().optional() }).optional(),
});

/** What WhatsApp reports about a message SAPA sent. */
const statusSchema = z.object({
  id,
  status: text(32),
  timestamp,
  recipient_id: text(64).optional(),
  errors: z.array(errorSchema).max(10).optional(),
});

const valueSchema = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ phone_number_id: text(64), display_phone_number: text(64).optional() }),
  contacts: z.array(z.object({ wa_id: digits, profile: z.object({ name: text(256).optional() }).optional() })).max(100).optional(),
  messages: z.array(messageSchema).max(100).optional(),
  statuses: z.array(statusSchema).max(1000).optional(),
  errors: z.array(errorSchema).max(10).optional(),
});

/** One change of an entry: the `messages` field checked in full, any other field kept by name only (ignored). */
const changeSchema = z.object({ field: z.string().max(64), value: z.unknown() }).transform((change, ctx) => {
  if (change.field !== 'messages') return { field: 'other' as const };
  const parsed = valueSchema.safeParse(change.value);
  if (parsed.success) return { field: 'messages' as const, value: parsed.data };
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
  return z.NEVER;
});

/**
 * A Cloud API webhook delivery (`object: whatsapp_business_account`),
 * checked before anything reads it. Only the `messages` field is read;
 * changes of other fields are ignored.
 */
export const cloudWebhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ id: text(64), changes: z.array(changeSchema).max(100) })).max(100),
});

export type CloudWebhook = z.infer<typeof cloudWebhookSchema>;
export type CloudMessage = z.infer<typeof messageSchema>;
export type CloudStatus = z.infer<typeof statusSchema>;
