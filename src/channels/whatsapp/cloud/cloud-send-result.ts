import type { SendResult } from '../../../chat/channel-sender';
import { GraphApiError } from './graph-api';

/** Cloud API error codes SAPA acts on (developers.facebook.com, WhatsApp error codes). */
export const CLOUD_ERRORS = {
  /** Throughput of the business number exceeded (about 80 messages a second). */
  throughput: 130429,
  /** Too many messages to one person in a short time (pair rate, about one per 6 seconds sustained). */
  pairRate: 131056,
  /** More than 24 hours since the person's last message: only a template may go. */
  reengagement: 131047,
  /** The number is not on WhatsApp, or cannot receive this message. */
  undeliverable: 131026,
  /** The access token expired or was revoked. */
  tokenExpired: 190,
  /** The app's or the business account's API call limits. */
  appRateLimit: 4,
  accountRateLimit: 80007,
} as const;

/** The pause after a throughput error (Meta gives no retry-after): the whole channel waits, the message keeps its attempts. */
export const THROUGHPUT_PAUSE_MS = 2_000;
/** The pause after an API call limit (counted per hour by Meta). */
export const CALL_LIMIT_PAUSE_MS = 60_000;

/** Template errors (132000-132069: missing, paused, wrong parameters) and bad requests are the message's fault. */
const isTemplateError = (code: number) => code >= 132000 && code < 133000;
const BAD_REQUEST = new Set([100, 131008, 131009, 131051, 131052, 131053]);
/** Numbers that cannot be reached: not on WhatsApp, the sender's own number, not on a test number's allowed list. */
const UNREACHABLE = new Set([131026, 131021, 131030]);

export const isReengagement = (error: unknown) => error instanceof GraphApiError && error.code === CLOUD_ERRORS.reengagement;

/**
 * A failed Cloud API call as the outbox understands it: throughput and call
 * limits pause the channel without spending an attempt (the message stays
 * queued); a number that cannot receive WhatsApp is unreachable (never
 * retried, the chat marked); template and request errors are permanent; the
 * pair rate, an expired token, 5xx, timeouts and anything unknown are
 * retried with backoff until the outbox's attempts run out.
 */
export function cloudSendResult(error: unknown): SendResult {
  if (!(error instanceof GraphApiError)) return { ok: false, error: error instanceof Error ? error.message : String(error) };
  const text = `whatsapp cloud: ${error.message}${error.details ? ` (${error.details})` : ''}`;
  const { code, httpStatus } = error;
  if (code === CLOUD_ERRORS.throughput || (code === 0 && httpStatus === 429)) return { ok: false, error: text, retryAfterMs: THROUGHPUT_PAUSE_MS };
  if (code === CLOUD_ERRORS.appRateLimit || code === CLOUD_ERRORS.accountRateLimit) return { ok: false, error: text, retryAfterMs: CALL_LIMIT_PAUSE_MS };
  if (UNREACHABLE.has(code)) return { ok: false, error: text, unreachable: true };
  if (code === CLOUD_ERRORS.reengagement || isTemplateError(code) || BAD_REQUEST.has(code)) return { ok: false, error: text, permanent: true };
  return { ok: false, error: text };
}
