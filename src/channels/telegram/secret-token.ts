import { createHash, timingSafeEqual } from 'node:crypto';

/** The header Telegram sends the webhook secret in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * The webhook secret: the configured one, or one derived from the bot token
 * (the same on every instance, unknown to anyone without the token).
 */
export function webhookSecret(configured: string | undefined, botToken: string): string {
  return configured ?? createHash('sha256').update(`sapa-webhook:${botToken}`).digest('hex');
}

/**
 * What checks a received secret against `expected` in constant time (of
 * digests, so the length leaks nothing either); the expected digest is taken
 * once, not on every update.
 */
export function secretMatcher(expected: string): (received: unknown) => boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  const wanted = digest(expected);
  return (received) => typeof received === 'string' && timingSafeEqual(wanted, digest(received));
}
