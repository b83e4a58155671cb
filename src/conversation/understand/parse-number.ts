import { englishWordsToNumber, indonesianWordsToNumber } from './number-words';

/** Words that may introduce a choice: "ke-2", "#2", "no. 2", "nomor 2". */
const PREFIXES = new Set(['ke', 'no', 'nomor', 'nomer', 'number', 'num', 'nr']);
/** Words that may follow the number: "3 hari", "2 days", "2 aja". Only day units: "3 bulan" is not 3 days. */
const SUFFIXES = new Set(['hari', 'hr', 'day', 'days', 'aja', 'saja', 'ya', 'dong', 'deh', 'only']);
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
/** Single words that are a number on their own: ordinals and "sehari" (one day). */
const NAMED_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({
  pertama: 1, sehari: 1,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
}));
const HALF_ENDINGS: ReadonlyArray<readonly string[]> = [['setengah'], ['and', 'a', 'half'], ['and', 'half'], ['a', 'half'], ['half']];
const DECIMAL = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/([a-z])-(?=[a-z\d])/g, '$1 ') // "ke-2", "twenty-one"
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ') // "ke2", "3hari"
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
    .replace(/[#!?;:()"'*]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

function stripAffixes(all: readonly string[]): string[] {
  let list = [...all];
  if (list.length > 1 && PREFIXES.has(list[0] ?? '')) list = list.slice(1);
  if (list.length > 1 && /^\d/.test(list[0] ?? '') && ORDINAL_ENDINGS.has(list[1] ?? '')) list.splice(1, 1);
  while (list.length > 1 && SUFFIXES.has(list[list.length - 1] ?? '')) list = list.slice(0, -1);
  return list;
}

function wholeNumber(list: readonly string[]): number | null {
  const [only] = list;
  if (list.length === 1 && only !== undefined) {
    if (/^\d{1,9}$/.test(only)) return Number(only);
    const named = NAMED_NUMBERS.get(only);
    if (named !== undefined) return named;
    // "kedua", "ketiga": Indonesian ordinals are "ke" + the number.
    if (only.startsWith('ke') && only !== 'ke') return indonesianWordsToNumber([only.slice(2)]);
  }
  return indonesianWordsToNumber(list) ?? englishWordsToNumber(list);
}

function endsWith(list: readonly string[], ending: readonly string[]): boolean {
  return list.length >= ending.length && ending.every((word, i) => list[list.length - ending.length + i] === word);
}

/**
 * A number typed as digits or words: "3", "1,5", "tiga", "dua belas",
 * "setengah" (0.5), "satu setengah" (1.5), "twenty one", "one and a half",
 * also "3 hari", "ke-2", "kedua", "#2", "no. 2", "nomor 2". Null when the text
 * says anything else or is negative.
 */
export function parseNumber(text: string): number | null {
  const list = stripAffixes(words(text));
  const decimal = list.length === 1 ? DECIMAL.exec(list[0] ?? '') : null;
  if (decimal) return Number(`${decimal[1]}.${decimal[2] ?? '0'}`);

  const half = HALF_ENDINGS.find((ending) => endsWith(list, ending));
  if (!half) return list.length === 0 ? null : wholeNumber(list);
  const rest = list.slice(0, list.length - half.length);
  if (rest.length === 0) return 0.5;
  const whole = wholeNumber(rest);
  return whole === null ? null : whole + 0.5;
}
