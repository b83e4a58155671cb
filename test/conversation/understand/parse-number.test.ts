import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/conversation/understand/parse-number';

describe('parseNumber', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    ['0', 0],
    ['1,5', 1.5],
    ['0.5', 0.5],
    ['２', 2], // full-width digit
  ])('reads the digits %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['nol', 0],
    ['satu', 1],
    ['Dua', 2],
    ['tiga', 3],
    ['empat', 4],
    ['lima', 5],
    ['enam', 6],
    ['tujuh', 7],
    ['delapan', 8],
    ['sembilan', 9],
    ['sepuluh', 10],
    ['sebelas', 11],
    ['dua belas', 12],
    ['sembilan belas', 19],
    ['dua puluh', 20],
    ['dua puluh satu', 21],
    ['sembilan puluh sembilan', 99],
    ['seratus', 100],
    ['seratus dua puluh tiga', 123],
    ['dua ratus sebelas', 211],
    ['setengah', 0.5],
    ['satu setengah', 1.5],
    ['dua setengah', 2.5],
    ['1 setengah', 1.5],
    ['sehari', 1],
    ['pertama', 1],
    ['kedua', 2],
    ['kesebelas', 11],
  ])('reads the Indonesian %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['zero', 0],
    ['one', 1],
    ['Two', 2],
    ['ten', 10],
    ['twelve', 12],
    ['nineteen', 19],
    ['twenty', 20],
    ['twenty one', 21],
    ['twenty-one', 21],
    ['ninety nine', 99],
    ['half', 0.5],
    ['a half', 0.5],
    ['one and a half', 1.5],
    ['two and a half days', 2.5],
    ['first', 1],
    ['third', 3],
    ['2nd', 2],
  ])('reads the English %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    ['3 hari', 3],
    ['3hari', 3],
    ['tiga hari', 3],
    ['setengah hari', 0.5],
    ['3 days', 3],
    ['1 day', 1],
    ['2 aja', 2],
    ['ke-2', 2],
    ['ke 2', 2],
    ['ke2', 2],
    ['#2', 2],
    ['# 2', 2],
    ['no 2', 2],
    ['No. 2', 2],
    ['nomor 2', 2],
    ['nomer 3', 3],
    ['number 4', 4],
    ['2.', 2],
    ['2!', 2],
  ])('reads the choice or count %j', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    '',
    'halo',
    'no',
    'ke',
    'nomor',
    '-3',
    '3 bulan',
    '1.000',
    '2 3',
    'satu dua',
    'satu puluh',
    'satu belas',
    'sepuluh satu',
    'twenty twenty',
    'one two',
    'setengah setengah',
    'tiga setengah setengah',
    'constructor',
    'kemarin',
  ])('returns null for %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it('never throws and returns a finite non-negative number or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const n = parseNumber(text);
        expect(n === null || (Number.isFinite(n) && n >= 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any whole number written in digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseNumber(String(n))).toBe(n);
      }),
    );
  });
});
