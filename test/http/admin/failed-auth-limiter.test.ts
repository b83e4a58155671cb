import { describe, expect, it } from 'vitest';
import { createFailedAuthLimiter } from '../../../src/http/admin/failed-auth-limiter';

describe('failed authentication limiter', () => {
  const limit = { max: 3, windowMs: 60_000, blockMs: 300_000, maxAddresses: 2 };

  it('turns an address away once it failed max times within the window, until the block ends', () => {
    const limiter = createFailedAuthLimiter(limit);
    limiter.fail('a', 0);
    limiter.fail('a', 10_000);
    expect(limiter.blockedFor('a', 10_000)).toBe(0);
    limiter.fail('a', 20_000);
    expect(limiter.blockedFor('a', 20_000)).toBe(300_000);
    expect(limiter.blockedFor('b', 20_000)).toBe(0);
    expect(limiter.blockedFor('a', 319_999)).toBe(1);
    expect(limiter.blockedFor('a', 320_000)).toBe(0);
  });

  it('starts counting again in a new window', () => {
    const limiter = createFailedAuthLimiter(limit);
    limiter.fail('a', 0);
    limiter.fail('a', 1_000);
    limiter.fail('a', 61_000);
    expect(limiter.blockedFor('a', 61_000)).toBe(0);
  });

  it('remembers at most maxAddresses, forgetting the one that failed longest ago', () => {
    const limiter = createFailedAuthLimiter({ ...limit, max: 1 });
    limiter.fail('a', 0);
    limiter.fail('b', 1);
    limiter.fail('a', 2);
    limiter.fail('c', 3);
    expect(limiter.blockedFor('a', 4)).toBeGreaterThan(0);
    expect(limiter.blockedFor('b', 4)).toBe(0);
    expect(limiter.blockedFor('c', 4)).toBeGreaterThan(0);
  });
});
