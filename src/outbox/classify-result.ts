import { type BackoffOptions, retryDelayMs } from '../backoff';
import type { SendResult } from '../chat/channel-sender';

export interface RetryPolicy {
  maxAttempts: number;
  backoff: BackoffOptions;
  random: () => number;
}

/** The shortest pause honoured for a 429, so a sender answering retry-after 0 cannot spin the worker. */
export const MIN_THROTTLE_MS = 100;

export type Verdict =
  | { kind: 'sent' }
  /** The channel asked to slow down: try the same message again after the pause (not counted as an attempt). */
  | { kind: 'throttled'; waitMs: number }
  | { kind: 'retry'; error: string; delayMs: number }
  | { kind: 'dead'; error: string; unreachable: boolean };

/**
 * What to do with a message after the channel answered. `attemptsBefore` is the
 * number of failed attempts already recorded on the row.
 */
export function classifyResult(result: SendResult, attemptsBefore: number, policy: RetryPolicy): Verdict {
  if (result.ok) return { kind: 'sent' };
  if (result.unreachable) return { kind: 'dead', error: result.error, unreachable: true };
  if (result.permanent) return { kind: 'dead', error: result.error, unreachable: false };
  if (result.retryAfterMs !== undefined) return { kind: 'throttled', waitMs: Math.max(MIN_THROTTLE_MS, result.retryAfterMs) };
  const attempts = attemptsBefore + 1;
  if (attempts >= policy.maxAttempts) return { kind: 'dead', error: result.error, unreachable: false };
  return { kind: 'retry', error: result.error, delayMs: retryDelayMs(attempts, policy.backoff, policy.random) };
}
