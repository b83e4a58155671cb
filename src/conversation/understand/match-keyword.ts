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
  key: string;
  keyword: string;
  allowed: number;
}

/** A keyword table as matchKeyword reads it: the keys of each exact keyword, and the keywords by length (in code points). */
interface PreparedTable {
  exact: Map<string, string[]>;
  byLength: Map<number, PreparedKeyword[]>;
  /** The most typos any keyword forgives: one whose length differs from the input's by more is never close. */
  mostAllowed: number;
}

/** Keyword tables are constants or per-turn objects: each is prepared once, and forgotten with the object. */
const preparedTables = new WeakMap<object, PreparedTable>();

function prepared(keywords: Readonly<Record<string, readonly string[]>>): PreparedTable {
  let table = preparedTables.get(keywords);
  if (!table) {
    table = { exact: new Map(), byLength: new Map(), mostAllowed: 0 };
    for (const [key, words] of Object.entries(keywords)) {
      for (const word of words) {
        const keyword = normalizeText(word);
        if (keyword === '') continue;
        const keys = table.exact.get(keyword) ?? [];
        if (!keys.includes(key)) keys.push(key);
        table.exact.set(keyword, keys);
        const length = Array.from(keyword).length;
        const sameLength = table.byLength.get(length) ?? [];
        const allowed = allowedTypos(keyword);
        sameLength.push({ key, keyword, allowed });
        table.byLength.set(length, sameLength);
        table.mostAllowed = Math.max(table.mostAllowed, allowed);
      }
    }
    preparedTables.set(keywords, table);
  }
  return table;
}

/**
 * Which key of `keywords` the whole message names, forgiving small typos:
 * `matchKeyword('Mneu!', { menu: ['menu'], help: ['bantuan', 'help'] })` is
 * 'menu'. Keywords may be phrases ("saldo cuti"); the message is compared as a
 * whole after `normalizeText`, so a longer sentence that merely contains a
 * keyword does not match. The closest key wins; two keys equally close give
 * null, as does nothing close enough. Only keywords of about the input's
 * length are compared (a typo changes the length by one at most).
 */
export function matchKeyword(text: string, keywords: Readonly<Record<string, readonly string[]>>): string | null {
  const input = normalizeText(text);
  if (input === '') return null;
  const table = prepared(keywords);
  // A keyword written exactly is the closest there is: no edit distance to compute.
  const exact = table.exact.get(input);
  if (exact) return exact.length === 1 ? exact[0]! : null;
  const inputLength = Array.from(input).length;

  let bestKeys: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let length = inputLength - table.mostAllowed; length <= inputLength + table.mostAllowed; length += 1) {
    for (const { key, keyword, allowed } of table.byLength.get(length) ?? []) {
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
