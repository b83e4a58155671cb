export interface BackoffOptions {
  /** Delay before the second attempt, in ms. */
  baseMs: number;
  /** Longest delay, in ms. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 5_000, maxMs: 3_600_000 };

/**
 * Exponential backoff with jitter ("equal jitter"): after the n-th failed
 * attempt (n >= 1) wait between half and all of base * 2^(n-1), capped, so
 * many messages failing together do not come back together.
 */
export function retryDelayMs(failedAttempts: number, options: BackoffOptions, random: () => number): number {
  const exponent = Math.min(Math.max(0, failedAttempts - 1), 30);
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
