import { z } from 'zod';

/**
 * The parts of a Telegram update SAPA reads, checked at the webhook. Objects
 * are loose: Telegram adds fields over time and telegraf gets the whole update.
 */
const user = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.looseObject({ id: z.number().int(), type: z.string() });

const file = {
  file_id: z.string().min(1),
  file_unique_id: z.string().min(1),
  file_size: z.number().int().nonnegative().optional(),
};

export const telegramMessageSchema = z.looseObject({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(z.looseObject({ ...file, width: z.number(), height: z.number() })).optional(),
  document: z.looseObject({ ...file, file_name: z.string().optional(), mime_type: z.string().optional() }).optional(),
  contact: z
    .looseObject({ phone_number: z.string(), first_name: z.string().optional(), user_id: z.number().int().optional() })
    .optional(),
});

export const callbackQuerySchema = z.looseObject({
  id: z.string().min(1),
  from: user,
  message: z.looseObject({ message_id: z.number().int(), chat }).optional(),
  data: z.string().optional(),
});

export const telegramUpdateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: telegramMessageSchema.optional(),
  callback_query: callbackQuerySchema.optional(),
});

export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;
export type TelegramMessage = z.infer<typeof telegramMessageSchema>;
export type TelegramUser = z.infer<typeof user>;
