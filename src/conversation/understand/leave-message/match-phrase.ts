import { editDistance } from '../edit-distance';
import { allowedTypos } from '../match-keyword';
import type { MessageWord } from './message-words';

/** Whether a typed word is `wanted`, forgiving typos by length; single-word phrases forgive at most one. */
export function wordIs(typed: string, wanted: string, single = false): boolean {
  if (typed === wanted) return true;
  const allowed = Math.min(allowedTypos(wanted), single ? 1 : 2);
  return allowed > 0 && Math.abs(typed.length - wanted.length) <= allowed && editDistance(typed, wanted, allowed) <= allowed;
}

/** Where `phrase` starts at or after `from` among the words not yet taken, or -1. */
export function findPhrase(words: readonly MessageWord[], phrase: readonly string[], taken: readonly boolean[], from = 0): number {
  const single = phrase.length === 1;
  for (let at = from; at + phrase.length <= words.length; at += 1) {
    const fits = phrase.every((wanted, k) => !taken[at + k] && wordIs(words[at + k]?.norm ?? '', wanted, single));
    if (fits) return at;
  }
  return -1;
}

/** The words starting at `at` match `phrase` exactly (markers are short: no typos). */
export function phraseAt(words: readonly MessageWord[], phrase: readonly string[], at: number): boolean {
  return phrase.every((wanted, k) => words[at + k]?.norm === wanted);
}
