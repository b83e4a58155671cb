/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: the
 * number of single-character insertions, deletions, substitutions and swaps of
 * two adjacent characters that turn `a` into `b` ("mneu" -> "menu" is 1).
 * Works on code points, so an emoji counts as one character.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const width = t.length + 1;
  // cells[i * width + j]: distance between the first i chars of s and the first j of t.
  const cells = new Int32Array((s.length + 1) * width);
  const cell = (i: number, j: number): number => cells[i * width + j] ?? 0;

  for (let i = 0; i <= s.length; i += 1) {
    for (let j = 0; j <= t.length; j += 1) {
      let best: number;
      if (i === 0 || j === 0) {
        best = i + j;
      } else {
        const cost = s[i - 1] === t[j - 1] ? 0 : 1;
        best = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
          best = Math.min(best, cell(i - 2, j - 2) + 1);
        }
      }
      cells[i * width + j] = best;
    }
  }
  return cell(s.length, t.length);
}
