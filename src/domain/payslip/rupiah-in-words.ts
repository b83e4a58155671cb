/**
 * Amounts spelled out in Indonesian ("terbilang"), as printed on a slip:
 * 4_250_300 -> "empat juta dua ratus lima puluh ribu tiga ratus".
 * Covers 0 to 999.999.999.999; 1 is "satu", but 100 and 1000 take the
 * prefix "se-" (seratus, seribu), while a million is "satu juta".
 */
export const MAX_WORDS_AMOUNT = 999_999_999_999;

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

const SCALES = [
  { value: 1_000_000_000, word: 'miliar' },
  { value: 1_000_000, word: 'juta' },
  { value: 1_000, word: 'ribu' },
] as const;

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

function belowHundred(n: number): string {
  if (n < 10) return digit(n);
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${digit(n - 10)} belas`;
  const ones = n % 10;
  const tens = `${digit(Math.floor(n / 10))} puluh`;
  return ones === 0 ? tens : `${tens} ${digit(ones)}`;
}

/** 1..999 in words. */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : hundreds === 1 ? 'seratus' : `${digit(hundreds)} ratus`;
  const tail = rest === 0 ? '' : belowHundred(rest);
  return [head, tail].filter(Boolean).join(' ');
}

export function rupiahInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORDS_AMOUNT) {
    throw new RangeError(`amount out of range for words: ${n}`);
  }
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count === 0) continue;
    words.push(count === 1 && scale.word === 'ribu' ? 'seribu' : `${belowThousand(count)} ${scale.word}`);
  }
  if (rest > 0) words.push(belowThousand(rest));
  return words.join(' ');
}

/** "empat juta dua ratus lima puluh ribu tiga ratus rupiah" */
export function amountInWords(n: number): string {
  return `${rupiahInWords(n)} rupiah`;
}
