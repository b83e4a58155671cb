/**
 * At most `limit` sends in any window of `windowMs`, where a send occupies the
 * window from the moment it starts until `windowMs` after the channel answered:
 * so the channel, which counts a request when it arrives, never sees more than
 * `limit` in a window, however its latency varies. Sends are also spread
 * evenly, one every windowMs/limit on a fixed schedule that may be met a little
 * early (up to 15 ms). A timer that fires late does not move the schedule:
 * it may fall up to three sends behind and catch up (the window still caps
 * every second), so a busy machine's late timers do not lower the long-run
 * rate. Times are epoch milliseconds from the worker's clock.
 */
export interface RateLimiter {
  /** How long to wait before a send may start at `now` (0: go; Infinity: when a send in flight is answered). */
  waitMs(now: number): number;
  /** Records a send starting at `now`; call the result with the time the channel answered. */
  take(now: number): (answeredAt: number) => void;
  /** Since when nothing has been in flight or in the window (Infinity while a send is in flight). */
  idleSince(): number;
}

const unlimited: RateLimiter = { waitMs: () => 0, take: () => () => undefined, idleSince: () => -Infinity };

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  if (!Number.isFinite(limit)) return unlimited;
  const size = Math.max(1, Math.floor(limit));
  const gap = windowMs / size;
  const early = Math.min(gap / 2, 15);
  /** How far the schedule may fall behind a late send before it moves: catching up sends the missed ones sooner. */
  const behind = Math.min(3 * gap, windowMs / 4);
  /** Answer times of recent sends; Infinity while in flight. */
  let sends: number[] = [];
  let next = -Infinity;

  function prune(now: number): void {
    if (sends.length > 0 && sends[0]! <= now - windowMs) sends = sends.filter((at) => at > now - windowMs);
  }

  return {
    waitMs(now) {
      prune(now);
      const spacing = next - early - now;
      if (sends.length < size) return Math.max(0, spacing);
      const oldest = Math.min(...sends);
      return Math.max(0, spacing, oldest + windowMs - now);
    },
    take(now) {
      prune(now);
      // A little late: the schedule stays and the next sends catch up; idle or far behind: it starts again from now.
      next = (now - next > behind ? now : next) + gap;
      sends.push(Infinity);
      let answered = false;
      return (answeredAt) => {
        if (answered) return;
        answered = true;
        const i = sends.indexOf(Infinity);
        if (i >= 0) sends[i] = answeredAt;
        sends.sort((a, b) => a - b);
      };
    },
    idleSince: () => (sends.length === 0 ? -Infinity : Math.max(...sends)),
  };
}

/** A limiter for a rate given per second (fractions allowed: 0.5 = one every 2 s), plus a safety margin. */
export function limiterForRate(perSecond: number, marginMs: number): RateLimiter {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return unlimited;
  const limit = Math.max(1, Math.floor(perSecond));
  return createRateLimiter(limit, (limit * 1000) / perSecond + marginMs);
}
