/**
 * At most `limit` sends in any window of `windowMs` (a sliding log of the last
 * `limit` send times), spread evenly: one send every windowMs/limit on a fixed
 * schedule, which may be met a little early (up to 15 ms) so a timer that
 * fires late does not lower the long-run rate. Times are epoch milliseconds
 * from the worker's clock.
 */
export interface RateLimiter {
  /** How long to wait before a send is allowed at `now` (0: go). */
  waitMs(now: number): number;
  /** Records a send at `now`. */
  take(now: number): void;
  /** The time of the last send (0 if none). */
  lastAt(): number;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  if (!Number.isFinite(limit)) return { waitMs: () => 0, take: () => undefined, lastAt: () => 0 };
  const size = Math.max(1, Math.floor(limit));
  const stamps: number[] = [];
  const gap = windowMs / size;
  const early = Math.min(gap / 2, 15);
  let next = -Infinity;
  let head = 0;
  return {
    waitMs(now) {
      const oldest = stamps.length < size ? -Infinity : stamps[head]!;
      return Math.max(0, oldest + windowMs - now, next - early - now);
    },
    take(now) {
      if (stamps.length < size) stamps.push(now);
      else {
        stamps[head] = now;
        head = (head + 1) % size;
      }
      next = Math.max(next, now) + gap;
    },
    lastAt: () => (stamps.length === 0 ? 0 : stamps[(head + stamps.length - 1) % size]!),
  };
}

/** A limiter for a rate given per second (fractions allowed: 0.5 = one every 2 s), plus a safety margin. */
export function limiterForRate(perSecond: number, marginMs: number): RateLimiter {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return createRateLimiter(Infinity, 0);
  const limit = Math.max(1, Math.floor(perSecond));
  return createRateLimiter(limit, (limit * 1000) / perSecond + marginMs);
}
