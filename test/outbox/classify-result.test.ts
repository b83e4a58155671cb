import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../src/backoff';
import { classifyResult, MIN_THROTTLE_MS } from '../../src/outbox/classify-result';

const policy = { maxAttempts: 3, backoff: { baseMs: 1000, maxMs: 10_000 }, random: () => 1 };

describe('what the worker does with an answer', () => {
  it('marks accepted messages sent', () => {
    expect(classifyResult({ ok: true }, 0, policy)).toEqual({ kind: 'sent' });
  });

  it('waits for a 429 without counting an attempt, never for less than the floor', () => {
    expect(classifyResult({ ok: false, error: '429', retryAfterMs: 3000 }, 2, policy)).toEqual({ kind: 'throttled', waitMs: 3000 });
    expect(classifyResult({ ok: false, error: '429', retryAfterMs: 0 }, 0, policy)).toEqual({ kind: 'throttled', waitMs: MIN_THROTTLE_MS });
  });

  it('dead-letters unreachable chats and bad messages at once', () => {
    expect(classifyResult({ ok: false, error: 'blocked', unreachable: true }, 0, policy)).toEqual({ kind: 'dead', error: 'blocked', unreachable: true });
    expect(classifyResult({ ok: false, error: 'bad', permanent: true }, 0, policy)).toEqual({ kind: 'dead', error: 'bad', unreachable: false });
  });

  it('retries with growing delays until the last attempt, then dead-letters', () => {
    expect(classifyResult({ ok: false, error: 'down' }, 0, policy)).toEqual({ kind: 'retry', error: 'down', delayMs: 1000 });
    expect(classifyResult({ ok: false, error: 'down' }, 1, policy)).toEqual({ kind: 'retry', error: 'down', delayMs: 2000 });
    expect(classifyResult({ ok: false, error: 'down' }, 2, policy)).toEqual({ kind: 'dead', error: 'down', unreachable: false });
  });
});

describe('backoff', () => {
  it('doubles up to the cap, with jitter between half and all of it', () => {
    const options = { baseMs: 1000, maxMs: 8000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, options, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(retryDelayMs(3, options, () => 0)).toBe(2000);
  });
});
