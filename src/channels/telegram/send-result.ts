import type { SendResult } from '../../chat/channel-sender';

/** The shape of telegraf's TelegramError, read structurally (it is not exported as a type we can narrow on). */
interface BotApiFailure {
  response: { error_code: number; description?: string; parameters?: { retry_after?: number } };
}

export function isBotApiFailure(error: unknown): error is BotApiFailure {
  const response = (error as { response?: { error_code?: unknown } } | null)?.response;
  return typeof response?.error_code === 'number';
}

export function describeError(error: unknown): string {
  if (isBotApiFailure(error)) return `${error.response.error_code}: ${error.response.description ?? ''}`.trim();
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failed Bot API call as the outbox worker understands it: 429 waits
 * `retry_after`; 403 (blocked, deactivated) and 400 "chat not found" (never
 * started the bot) mean the person cannot be reached; any other 400 means the
 * message itself is bad. 401 and 404 point at our token or API root, not at
 * the message: those, 5xx and network failures are retried with backoff.
 */
export function sendResultOfError(error: unknown): SendResult {
  const text = describeError(error);
  if (!isBotApiFailure(error)) return { ok: false, error: text };
  const { error_code: code, parameters } = error.response;
  if (code === 429) return { ok: false, error: text, retryAfterMs: Math.max(1, parameters?.retry_after ?? 1) * 1000 };
  if (code === 403 || (code === 400 && /chat not found/i.test(text))) return { ok: false, error: text, unreachable: true };
  if (code === 400) return { ok: false, error: text, permanent: true };
  return { ok: false, error: text };
}

/** Editing a message to the text it already has: Telegram answers 400, but nothing is wrong. */
export function isNotModified(error: unknown): boolean {
  return isBotApiFailure(error) && error.response.error_code === 400 && /not modified/i.test(error.response.description ?? '');
}

/** The message to edit is gone or too old: fall back to sending a new one. */
export function isUneditable(error: unknown): boolean {
  return (
    isBotApiFailure(error) &&
    error.response.error_code === 400 &&
    /message to edit not found|message can't be edited|message is not found|MESSAGE_ID_INVALID/i.test(error.response.description ?? '')
  );
}

/** A text Telegram could not parse as HTML. */
export function isEntityError(error: unknown): boolean {
  return isBotApiFailure(error) && error.response.error_code === 400 && /can't parse entities/i.test(error.response.description ?? '');
}
