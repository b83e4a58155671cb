import type { MessageWord } from './message-words';

/** The text of words[from, to) as typed, without the punctuation or emoji at its ends. */
export function textBetween(text: string, words: readonly MessageWord[], from: number, to: number): string | undefined {
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last || to <= from) return undefined;
  const cut = text
    .slice(first.from, last.to)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}.)]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(cut) ? cut : undefined;
}
