import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/conversation/understand/edit-distance';

/** The definition, cell by cell over the whole table, on code points: what editDistance must agree with. */
function fullTable(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

/** Words over a small alphabet (near misses are common), emoji and an accented letter among them. */
const word = (maxLength: number) => fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'é', '🙂', '👍'), { maxLength }).map((chars) => chars.join(''));

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('mneu', 'menu')).toBe(1);
    expect(editDistance('saldo', 'sald')).toBe(1);
    expect(editDistance('cuti', 'cutie')).toBe(1);
    expect(editDistance('bantuan', 'batnuan')).toBe(1);
    expect(editDistance('menu', 'slip')).toBe(4);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('🙂a', 'a🙂')).toBe(1);
    expect(editDistance('👍', '👌')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('agrees with the whole table, short words and long ones (the rows it keeps grow)', () => {
    fc.assert(
      fc.property(word(9), word(9), (a, b) => {
        expect(editDistance(a, b)).toBe(fullTable(a, b));
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(word(60), word(60), (a, b) => {
        expect(editDistance(a, b)).toBe(fullTable(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('with a bound, agrees with the whole table up to it and says only "more" past it', () => {
    fc.assert(
      fc.property(word(12), word(12), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(fullTable(a, b), max + 1));
      }),
      { numRuns: 5_000 },
    );
    // A swap two rows back still counts: the bound does not cut it off.
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    expect(editDistance('bantuan', 'xyzxyzx', 2)).toBe(3);
  });
});
