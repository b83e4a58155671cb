import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, MAX_WORDS_AMOUNT, rupiahInWords } from '../../../src/domain/payslip/rupiah-in-words';

const SMALL: Readonly<Record<string, number>> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11,
};
const SCALES: Readonly<Record<string, number>> = { ribu: 1e3, juta: 1e6, miliar: 1e9 };

/** An independent reading of Indonesian number words, to round-trip against. */
function wordsToNumber(text: string): number {
  let total = 0;
  let group = 0;
  let small = 0;
  for (const word of text.split(' ')) {
    const value = SMALL[word];
    if (value !== undefined) small += value;
    else if (word === 'belas') small += 10;
    else if (word === 'puluh') small *= 10;
    else if (word === 'ratus') [group, small] = [group + small * 100, 0];
    else if (word === 'seratus') group += 100;
    else if (word === 'seribu') total += 1000;
    else if (SCALES[word] !== undefined) [total, group, small] = [total + (group + small) * (SCALES[word] ?? 0), 0, 0];
    else throw new Error(`unexpected word "${word}" in "${text}"`);
  }
  return total + group + small;
}

describe('rupiahInWords', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [7, 'tujuh'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [10_000, 'sepuluh ribu'],
    [11_000, 'sebelas ribu'],
    [15_400, 'lima belas ribu empat ratus'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [111_111, 'seratus sebelas ribu seratus sebelas'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [4_250_300, 'empat juta dua ratus lima puluh ribu tiga ratus'],
    [12_000_015, 'dua belas juta lima belas'],
    [100_000_000, 'seratus juta'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_001, 'satu miliar satu'],
    [2_000_000_000, 'dua miliar'],
    [21_001_001_000, 'dua puluh satu miliar satu juta seribu'],
    [
      999_999_999_999,
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
  ])('%i is "%s"', (n, words) => {
    expect(rupiahInWords(n)).toBe(words);
  });

  it.each([-1, 1.5, MAX_WORDS_AMOUNT + 1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (n) => {
    expect(() => rupiahInWords(n)).toThrow(RangeError);
  });

  it('reads back to the same number across the whole range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_WORDS_AMOUNT }), (n) => wordsToNumber(rupiahInWords(n)) === n),
      { numRuns: 5000 },
    );
  });

  it('reads back every number up to 20.000 and every thousand-aligned amount sampled', () => {
    const wrong: number[] = [];
    for (let n = 0; n <= 20_000; n += 1) if (wordsToNumber(rupiahInWords(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (k) => wordsToNumber(rupiahInWords(k * 1000)) === k * 1000),
    );
  });

  it('never writes "satu ratus", a lone "satu ribu", "satu puluh", "satu belas", stray "nol" or double spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_WORDS_AMOUNT }), (n) => {
        const words = rupiahInWords(n);
        return (
          !/\bsatu (ratus|puluh|belas)\b/.test(words) &&
          !/(^|miliar |juta )satu ribu/.test(words) &&
          !/\bnol\b/.test(words) &&
          !/ {2}/.test(words) &&
          words === words.trim()
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('names each scale at most once, largest first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_WORDS_AMOUNT }), (n) => {
        const scales = rupiahInWords(n)
          .split(' ')
          .filter((w) => w === 'miliar' || w === 'juta' || w === 'ribu' || w === 'seribu')
          .map((w) => (w === 'seribu' ? 'ribu' : w));
        const order = ['miliar', 'juta', 'ribu'];
        return scales.every((s, i) => i === 0 || order.indexOf(s) > order.indexOf(scales[i - 1] ?? ''));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('amountInWords', () => {
  it('appends "rupiah"', () => {
    expect(amountInWords(4_250_300)).toBe('empat juta dua ratus lima puluh ribu tiga ratus rupiah');
    expect(amountInWords(0)).toBe('nol rupiah');
  });
});
