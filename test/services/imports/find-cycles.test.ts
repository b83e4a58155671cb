import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/services/imports/find-cycles';

describe('findCycles', () => {
  it('finds nothing in a tree', () => {
    expect(findCycles(new Map([['a', null], ['b', 'a'], ['c', 'b'], ['d', 'a']]))).toEqual([]);
  });

  it('finds a loop of three, a self loop, and ignores the tail leading into a loop', () => {
    const next = new Map<string, string | null>([['tail', 'x'], ['x', 'y'], ['y', 'z'], ['z', 'x'], ['self', 'self'], ['free', null]]);
    expect(findCycles(next)).toEqual([['x', 'y', 'z'], ['self']]);
  });

  it('treats a pointer to an unknown node as the end of the chain', () => {
    expect(findCycles(new Map([['a', 'missing']]))).toEqual([]);
  });

  it('walks a 10,000-long chain without recursion', () => {
    const next = new Map<number, number | null>(Array.from({ length: 10_000 }, (_, i) => [i, i === 0 ? 9_999 : i - 1]));
    expect(findCycles(next)[0]).toHaveLength(10_000);
  });
});
