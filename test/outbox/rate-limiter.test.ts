import { describe, expect, it } from 'vitest';
import { createRateLimiter, limiterForRate } from '../../src/outbox/rate-limiter';
import { maxInWindow } from './fake-sender';

/** Sends as fast as the limiter allows, stepping whole milliseconds as the worker does. */
function drive(limiter: ReturnType<typeof createRateLimiter>, sends: number, lateMs = 0): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < sends) {
    const wait = limiter.waitMs(now);
    if (wait > 0) {
      now += Math.ceil(wait) + lateMs;
      continue;
    }
    limiter.take(now)(now);
    times.push(now);
  }
  return times;
}

describe('rate limiter', () => {
  it('never allows more than the limit in any window, and spreads sends evenly', () => {
    const times = drive(createRateLimiter(30, 1000), 300);
    expect(maxInWindow(times, 1000)).toBe(30);
    const gaps = times.slice(2).map((t, i) => t - times[i + 1]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(50);
  });

  it('keeps the long-run rate when timers fire late', () => {
    const times = drive(createRateLimiter(30, 1000), 301, 3);
    const perSecond = 300 / ((times[300]! - times[0]!) / 1000);
    expect(perSecond).toBeGreaterThan(29.5);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
  });

  it('keeps the schedule when timers fire tens of ms late, as on a busy machine, and still never exceeds the limit in a window', () => {
    // Only the wait for the window itself is lost: 30 sends per (window + lateness).
    for (const [lateMs, atLeast] of [[20, 29], [40, 28.2]] as const) {
      const times = drive(createRateLimiter(30, 1005), 601, lateMs);
      const perSecond = 600 / ((times[600]! - times[0]!) / 1000);
      expect(perSecond, `${lateMs} ms late`).toBeGreaterThan(atLeast);
      expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(30);
    }
  });

  it('starts again from now after a pause: no burst of the sends an idle limiter did not make', () => {
    const limiter = createRateLimiter(30, 1000);
    limiter.take(0)(0);
    limiter.take(5_000)(5_000);
    expect(limiter.waitMs(5_000)).toBeGreaterThan(15);
  });

  it('turns fractional rates into one send per longer window, plus the safety margin', () => {
    const limiter = limiterForRate(0.5, 10);
    limiter.take(0)(0);
    expect(limiter.waitMs(0)).toBe(2010);
    expect(limiter.waitMs(2010)).toBe(0);
  });

  it('counts a send from its start until a window after the channel answered, so latency never squeezes the window', () => {
    const single = createRateLimiter(1, 1000);
    const pending = single.take(0);
    expect(single.waitMs(5000)).toBe(Infinity);
    pending(5000);
    expect(single.waitMs(5000)).toBe(1000);

    const limiter = createRateLimiter(2, 1000);
    const first = limiter.take(0);
    limiter.take(500)(520);
    expect(limiter.waitMs(600)).toBe(920);
    first(300);
    expect(limiter.waitMs(600)).toBe(700);
    expect(limiter.waitMs(1300)).toBe(0);
  });

  it('does not limit an infinite rate', () => {
    const limiter = limiterForRate(Infinity, 10);
    for (let i = 0; i < 100; i += 1) limiter.take(0);
    expect(limiter.waitMs(0)).toBe(0);
  });
});
