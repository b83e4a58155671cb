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

/** Constant-time comparison (of digests, so the length leaks nothing either). */
export function secretMatches(expected: string, received: unknown): boolean {
  if (typeof received !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(received));
}
