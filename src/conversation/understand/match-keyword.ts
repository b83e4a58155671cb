import { editDistance } from './edit-distance';
import { normalizeText } from './normalize-text';

export { normalizeText } from './normalize-text';

/**
 * Typos forgiven for a keyword of this many characters: none up to 3 ("cek"),
 * one for 4 to 6 ("mneu" -> "menu"), two from 7 ("bantaun" -> "bantuan").
 */
export function allowedTypos(keyword: string): number {
  const length = Array.from(keyword.replace(/ /g, '')).length;
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

interface PreparedKeyword {
  keyword: string;
  length: number;
  allowed: number;
}

/** Keyword lists are constants or per-turn arrays: each is normalized once, and forgotten with the array. */
const preparedLists = new WeakMap<readonly string[], PreparedKeyword[]>();

function prepared(words: readonly string[]): PreparedKeyword[] {
  let list = preparedLists.get(words);
  if (!list) {
    list = words
      .map((word) => normalizeText(word))
      .filter((keyword) => keyword !== '')
      .map((keyword) => ({ keyword, length: Array.from(keyword).length, allowed: allowedTypos(keyword) }));
    preparedLists.set(words, list);
  }
  return list;
}

/**
 * Which key of `keywords` the whole message names, forgiving small typos:
 * `matchKeyword('Mneu!', { menu: ['menu'], help: ['bantuan', 'help'] })` is
 * 'menu'. Keywords may be phrases ("saldo cuti"); the message is compared as a
 * whole after `normalizeText`, so a longer sentence that merely contains a
 * keyword does not match. The closest key wins; two keys equally close give
 * null, as does nothing close enough.
 */
export function matchKeyword(text: string, keywords: Readonly<Record<string, readonly string[]>>): string | null {
  const input = normalizeText(text);
  if (input === '') return null;
  // A keyword written exactly is the closest there is: no edit distance to compute.
  const exact = Object.keys(keywords).filter((key) => prepared(keywords[key]!).some(({ keyword }) => keyword === input));
  if (exact.length > 0) return exact.length === 1 ? exact[0]! : null;
  const inputLength = Array.from(input).length;

  let bestKeys: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [key, words] of Object.entries(keywords)) {
    for (const { keyword, length, allowed } of prepared(words)) {
      if (Math.abs(length - inputLength) > allowed) continue;
      const distance = editDistance(input, keyword, allowed);
      if (distance > allowed || distance > bestDistance) continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        bestKeys = [key];
      } else if (!bestKeys.includes(key)) {
        bestKeys.push(key);
      }
    }
  }
  return bestKeys.length === 1 ? (bestKeys[0] ?? null) : null;
}
