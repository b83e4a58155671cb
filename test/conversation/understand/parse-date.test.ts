import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/conversation/understand/parse-date';

/** A Friday. */
const TODAY = '2026-11-27';

describe('parseDate', () => {
  it.each([
    ['hari ini', '2026-11-27'],
    ['today', '2026-11-27'],
    ['besok', '2026-11-28'],
    ['Besok aja', '2026-11-28'],
    ['bsk', '2026-11-28'],
    ['tomorrow', '2026-11-28'],
    ['lusa', '2026-11-29'],
    ['day after tomorrow', '2026-11-29'],
    ['the day after tomorrow', '2026-11-29'],
    ['kemarin', '2026-11-26'],
    ['yesterday', '2026-11-26'],
  ])('reads the nearby day %j', (text, expected) => {
    expect(parseDate(text, TODAY)).toBe(expected);
  });

  it.each([
    ['senin', '2026-11-30'],
    ['Senin', '2026-11-30'],
    ['hari senin', '2026-11-30'],
    ['senin depan', '2026-11-30'],
    ['senin minggu depan', '2026-11-30'],
    ['next monday', '2026-11-30'],
    ['monday', '2026-11-30'],
    ['selasa', '2026-12-01'],
    ['rabu depan', '2026-12-02'],
    ['jumat ini', '2026-11-27'],
    ["Jum'at", '2026-11-27'],
    ['this friday', '2026-11-27'],
    ['jumat depan', '2026-12-04'],
    ['next friday', '2026-12-04'],
    ['sabtu', '2026-11-28'],
    ['minggu', '2026-11-29'],
    ['hari minggu depan', '2026-12-06'],
    ['thu', '2026-12-03'],
  ])('reads the weekday %j', (text, expected) => {
    expect(parseDate(text, TODAY)).toBe(expected);
  });

  it.each([
    ['12 des', '2026-12-12'],
    ['12 Des', '2026-12-12'],
    ['12 desember 2026', '2026-12-12'],
    ['12   DESEMBER   2026 ', '2026-12-12'],
    ['12des', '2026-12-12'],
    ['12 Dec', '2026-12-12'],
    ['12 dec.', '2026-12-12'],
    ['December 12', '2026-12-12'],
    ['December 12th, 2026', '2026-12-12'],
    ['the 12th of december', '2026-12-12'],
    ['tanggal 12 desember', '2026-12-12'],
    ['tgl. 12 des', '2026-12-12'],
    ['12/12/2026', '2026-12-12'],
    ['12-12-2026', '2026-12-12'],
    ['12.12.2026', '2026-12-12'],
    ['12/12/26', '2026-12-12'],
    ['2026-12-12', '2026-12-12'],
    ['12/12', '2026-12-12'],
    ['1/3', '2027-03-01'],
    ['senin, 30 nov', '2026-11-30'],
    ['Monday, November 30', '2026-11-30'],
    ['17 agt', '2027-08-17'],
    ['17 ags 2027', '2027-08-17'],
    ['17 agu', '2027-08-17'],
    ['10 nopember 2027', '2027-11-10'],
    ['1 mei', '2027-05-01'],
    ['1 may 2027', '2027-05-01'],
    ['5 okt', '2027-10-05'],
    ['5 oct', '2027-10-05'],
    ['3 jan', '2027-01-03'],
    ['9 sept 2027', '2027-09-09'],
    ['1 maret', '2027-03-01'],
  ])('reads the calendar date %j', (text, expected) => {
    expect(parseDate(text, TODAY)).toBe(expected);
  });

  it.each([
    ['27 nov', '2026-11-27'],
    ['26 nov', '2027-11-26'],
    ['28 nov', '2026-11-28'],
  ])('without a year takes the next %j on or after today', (text, expected) => {
    expect(parseDate(text, TODAY)).toBe(expected);
  });

  it('rolls an inferred year over at the end of December', () => {
    expect(parseDate('2 jan', '2026-12-30')).toBe('2027-01-02');
    expect(parseDate('31 des', '2026-12-30')).toBe('2026-12-31');
    expect(parseDate('12/12', '2026-12-30')).toBe('2027-12-12');
  });

  it('knows leap years', () => {
    expect(parseDate('29 feb 2028', TODAY)).toBe('2028-02-29');
    expect(parseDate('29/02/2028', TODAY)).toBe('2028-02-29');
    expect(parseDate('29 feb 2027', TODAY)).toBeNull();
    expect(parseDate('29 feb', TODAY)).toBeNull(); // next 29 Feb from today would be in 2027
    expect(parseDate('29 feb', '2028-01-10')).toBe('2028-02-29');
  });

  it.each([
    '31 Feb',
    '30/02/2026',
    '32 des',
    '0 des',
    '31 nov 2026',
    '13/13/2026',
    '2026-02-30',
    'senin 1 des 2026', // 1 Dec 2026 is a Tuesday
  ])('refuses the impossible date %j instead of rolling it over', (text) => {
    expect(parseDate(text, TODAY)).toBeNull();
  });

  it.each([
    '',
    '   ',
    'halo',
    '12',
    '12 2026',
    'minggu depan', // a week, not a day
    'minggu ini',
    '12-14 des',
    '3 hari mulai besok',
    'besok atau lusa',
    'constructor',
    'toString',
    '12 / 14 des',
    '12 des 26',
    'senin depan depan',
    'next senin depan',
  ])('returns null for %j, which is not one day', (text) => {
    expect(parseDate(text, TODAY)).toBeNull();
  });

  it('reads "senin depan" on a Sunday as the next day', () => {
    expect(parseDate('senin depan', '2026-11-29')).toBe('2026-11-30');
    expect(parseDate('senin', '2026-11-29')).toBe('2026-11-30');
  });

  it('reads a plain weekday on that weekday as today', () => {
    expect(parseDate('senin', '2026-11-30')).toBe('2026-11-30');
    expect(parseDate('senin depan', '2026-11-30')).toBe('2026-12-07');
  });
});
