/**
 * Spelled-out numbers in Indonesian ("dua puluh satu", "sebelas", "seratus")
 * and English ("twenty one"), whole numbers 0 to 999 and 0 to 99. The caller
 * passes normalized words; each function returns null unless it uses them all.
 */

const ID_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
}));

const EN_SMALL: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

const EN_TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Reads "seratus" / "dua ratus" (or "sepuluh" / "dua puluh") at `at`: [value, next index]. */
function readScaled(words: readonly string[], at: number, single: string, scale: string, factor: number): [number, number] | null {
  if (words[at] === single) return [factor, at + 1];
  const unit = ID_UNITS.get(words[at] ?? '');
  if (unit !== undefined && unit > 1 && words[at + 1] === scale) return [unit * factor, at + 2];
  return null;
}

/** Reads what follows the hundreds: "sebelas", "dua belas", "sepuluh", "dua puluh satu", "tiga". */
function readBelowHundred(words: readonly string[], at: number): [number, number] | null {
  if (words[at] === 'sebelas') return [11, at + 1];
  if (words[at] === 'sepuluh') return [10, at + 1];
  const first = ID_UNITS.get(words[at] ?? '');
  if (first !== undefined && first > 1 && words[at + 1] === 'belas') return [10 + first, at + 2];
  const tens = readScaled(words, at, 'sepuluh', 'puluh', 10);
  const [value, next] = tens ?? [0, at];
  const unit = ID_UNITS.get(words[next] ?? '');
  if (unit !== undefined) return [value + unit, next + 1];
  return tens;
}

export function indonesianWordsToNumber(words: readonly string[]): number | null {
  if (words.length === 1 && words[0] === 'nol') return 0;
  const [hundreds, at] = readScaled(words, 0, 'seratus', 'ratus', 100) ?? [0, 0];
  const [rest, end] = readBelowHundred(words, at) ?? [0, at];
  return end > 0 && end === words.length ? hundreds + rest : null;
}

export function englishWordsToNumber(words: readonly string[]): number | null {
  const [first, second, ...rest] = words;
  if (first === undefined || rest.length > 0) return null;
  const small = EN_SMALL.get(first);
  if (small !== undefined) return second === undefined ? small : null;
  const tens = EN_TENS.get(first);
  if (tens === undefined) return null;
  if (second === undefined) return tens;
  const unit = EN_SMALL.get(second);
  return unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : null;
}
