/** Strings with characters outside the Basic Multilingual Plane (emoji): compared by code point, not by UTF-16 unit. */
const SURROGATES = /[\uD800-\uDFFF]/;

/** The rows the table is computed in, reused (the work is synchronous): two rows back, the last one, this one. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: the
 * number of single-character insertions, deletions, substitutions and swaps of
 * two adjacent characters that turn `a` into `b` ("mneu" -> "menu" is 1).
 * Works on code points, so an emoji counts as one character. Called for
 * every keyword a message might be, so it keeps only three rows of the table
 * and allocates nothing for text without emoji. With `max` (the typos a
 * caller forgives) it stops as soon as the distance must exceed it and
 * returns `max + 1`: every alignment crosses one of two adjacent rows (a swap
 * skips one row, never two), so once both hold nothing under `max + 1`,
 * neither will the end.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s: ArrayLike<string> = SURROGATES.test(a) ? Array.from(a) : a;
  const t: ArrayLike<string> = SURROGATES.test(b) ? Array.from(b) : b;
  const n = s.length;
  const m = t.length;
  if (n === 0 || m === 0) return Math.min(n + m, max + 1);
  if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  // previous[j]: distance between the first i-1 chars of s and the first j of t; twoBack the same for i-2.
  let [twoBack, previous, current] = rows;
  for (let j = 0; j <= m; j += 1) previous[j] = j;
  // The least value of the last row (row 0's is 0).
  let previousLeast = 0;
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let least = i;
    const si = s[i - 1];
    for (let j = 1; j <= m; j += 1) {
      const tj = t[j - 1];
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (si === tj ? 0 : 1));
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === tj) best = Math.min(best, twoBack[j - 2]! + 1);
      current[j] = best;
      if (best < least) least = best;
    }
    if (least > max && previousLeast > max) return max + 1;
    previousLeast = least;
    const spent = twoBack;
    twoBack = previous;
    previous = current;
    current = spent;
  }
  return Math.min(previous[m]!, max + 1);
}
