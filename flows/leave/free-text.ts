import { z } from 'zod';
import type { ParsedReply } from '../../src/conversation/flow';
import type { InboundContent } from '../../src/chat/inbound-message';

/** Control and format characters go, runs of spaces and tabs become one space, lines stay. */
export function cleanFreeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{C}\n]/gu, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** A typed answer of `min` to `max` characters after cleaning, with at least one letter or digit. */
export function freeTextSchema(min: number, max: number) {
  return z
    .string()
    .transform(cleanFreeText)
    .pipe(z.string().min(min).max(max).regex(/[\p{L}\p{N}]/u));
}

/** Reads a typed text with `schema`; anything else (a button, a file) gets `hint`. */
export function parseFreeText(schema: z.ZodType<string, string>, hint: string) {
  return (input: InboundContent): ParsedReply<string> => {
    if (input.kind !== 'text') return { ok: false, hint };
    const parsed = schema.safeParse(input.text);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, hint };
  };
}
