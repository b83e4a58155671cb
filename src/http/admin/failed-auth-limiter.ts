/** How many failed authentications an address may make before it is turned away for a while. */
export interface FailedAuthLimit {
  /** Failures allowed per window... */
  max: number;
  windowMs: number;
  /** ...after which every admin request from that address answers 429 for this long. */
  blockMs: number;
  /** Addresses remembered at once (the oldest is forgotten first), so a spray of addresses cannot exhaust memory. */
  maxAddresses: number;
}

export const defaultFailedAuthLimit: FailedAuthLimit = { max: 20, windowMs: 60_000, blockMs: 5 * 60_000, maxAddresses: 10_000 };

export interface FailedAuthLimiter {
  /** Milliseconds the address is still turned away for, or 0 when it may try. */
  blockedFor(address: string, nowMs: number): number;
  /** Counts a failed authentication of the address. */
  fail(address: string, nowMs: number): void;
}

interface Entry {
  windowStart: number;
  failures: number;
  blockedUntil: number;
}

/**
 * Per-address count of failed admin authentications, in memory (one process
 * serves the API). An address that fails `max` times within `windowMs` is
 * refused for `blockMs` without its token being looked up.
 */
export function createFailedAuthLimiter(limit: FailedAuthLimit = defaultFailedAuthLimit): FailedAuthLimiter {
  const entries = new Map<string, Entry>();
  return {
    blockedFor(address, nowMs) {
      const entry = entries.get(address);
      return entry && entry.blockedUntil > nowMs ? entry.blockedUntil - nowMs : 0;
    },
    fail(address, nowMs) {
      let entry = entries.get(address);
      if (!entry || nowMs - entry.windowStart >= limit.windowMs) {
        entry = { windowStart: nowMs, failures: 0, blockedUntil: entry?.blockedUntil ?? 0 };
      }
      entry.failures += 1;
      if (entry.failures >= limit.max) entry.blockedUntil = nowMs + limit.blockMs;
      // Re-inserted so the Map's order is least recently failed first.
      entries.delete(address);
      entries.set(address, entry);
      if (entries.size > limit.maxAddresses) entries.delete(entries.keys().next().value!);
    },
  };
}
