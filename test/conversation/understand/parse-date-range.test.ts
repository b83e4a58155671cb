import { describe, expect, it } from 'vitest';
import { parseDateRange, readDateRange } from '../../../src/conversation/understand/parse-date-range';

/** A Friday. */
const TODAY = '2026-11-27';

describe('parseDateRange', () => {
  it.each([
    ['12-14 des', '2026-12-12', '2026-12-14'],
    ['12 - 14 desember', '2026-12-12', '2026-12-14'],
    ['12 – 14 Desember', '2026-12-12', '2026-12-14'],
    ['12-14 desember 2026', '2026-12-12', '2026-12-14'],
    ['12 des - 14 des', '2026-12-12', '2026-12-14'],
    ['12 des - 14', '2026-12-12', '2026-12-14'],
    ['dec 12-14', '2026-12-12', '2026-12-14'],
    ['December 12 to December 14', '2026-12-12', '2026-12-14'],
    ['12 des - 3 jan', '2026-12-12', '2027-01-03'],
    ['30 des 2026 - 2 jan', '2026-12-30', '2027-01-02'],
    ['30 des - 2 jan 2027', '2026-12-30', '2027-01-02'],
    ['12/12 s.d. 14/12', '2026-12-12', '2026-12-14'],
    ['12/12 s/d 14/12', '2026-12-12', '2026-12-14'],
    ['12/12 sd 14/12', '2026-12-12', '2026-12-14'],
    ['12/12/2026-14/12/2026', '2026-12-12', '2026-12-14'],
    ['2026-12-12 to 2026-12-14', '2026-12-12', '2026-12-14'],
    ['12 sampai 14 des', '2026-12-12', '2026-12-14'],
    ['12 sampai dengan 14 des', '2026-12-12', '2026-12-14'],
    ['dari tgl 12 hingga 14 des', '2026-12-12', '2026-12-14'],
    ['12 to 14 dec', '2026-12-12', '2026-12-14'],
    ['from the 12th to the 14th of december', '2026-12-12', '2026-12-14'],
    ['12 des 2026 - 12 des 2026', '2026-12-12', '2026-12-12'],
    ['besok - jumat', '2026-11-28', '2026-12-04'],
    ['senin - rabu', '2026-11-30', '2026-12-02'],
    ['rabu - senin', '2026-12-02', '2026-12-07'],
    ['senin sampai jumat depan', '2026-11-30', '2026-12-04'],
    ['besok sampai 3 des', '2026-11-28', '2026-12-03'],
  ])('reads the range %j', (text, start, end) => {
    expect(parseDateRange(text, TODAY)).toEqual({ start, end });
  });

  it.each([
    ['besok', '2026-11-28', '2026-11-28'],
    ['12 des', '2026-12-12', '2026-12-12'],
    ['senin depan', '2026-11-30', '2026-11-30'],
  ])('reads the single day %j as a one-day range', (text, start, end) => {
    expect(parseDateRange(text, TODAY)).toEqual({ start, end });
  });

  it.each([
    ['minggu depan', '2026-11-30', '2026-12-04'],
    ['pekan depan', '2026-11-30', '2026-12-04'],
    ['next week', '2026-11-30', '2026-12-04'],
  ])('reads %j as Monday to Friday of next week', (text, start, end) => {
    expect(parseDateRange(text, TODAY)).toEqual({ start, end });
  });

  it.each([
    ['3 hari mulai besok', '2026-11-28', '2026-11-30'],
    ['tiga hari mulai besok', '2026-11-28', '2026-11-30'],
    ['3 hari dari senin', '2026-11-30', '2026-12-02'],
    ['3 days from monday', '2026-11-30', '2026-12-02'],
    ['2 hari mulai 30 des', '2026-12-30', '2026-12-31'],
    ['3 hari mulai 31 des', '2026-12-31', '2027-01-02'],
    ['1 hari mulai hari ini', '2026-11-27', '2026-11-27'],
    ['besok selama 3 hari', '2026-11-28', '2026-11-30'],
    ['mulai senin selama dua belas hari', '2026-11-30', '2026-12-11'],
    ['from monday for 3 days', '2026-11-30', '2026-12-02'],
  ])('reads %j as that many calendar days', (text, start, end) => {
    expect(parseDateRange(text, TODAY)).toEqual({ start, end });
  });

  it('rolls ranges into next year', () => {
    expect(parseDateRange('2-5 jan', '2026-12-30')).toEqual({ start: '2027-01-02', end: '2027-01-05' });
    expect(parseDateRange('31 des - 2 jan', '2026-12-30')).toEqual({ start: '2026-12-31', end: '2027-01-02' });
  });

  it.each([
    '14-12 des',
    '14 des - 12 des',
    '3 hari mulai 31 feb',
    '30 feb - 2 mar',
    '12 - 14',
    'halo',
    '',
    '12 des - 14 des - 16 des',
    '0 hari mulai besok',
    'setengah hari mulai besok',
    '3 hari',
    'besok atau lusa',
  ])('returns null for %j', (text) => {
    expect(parseDateRange(text, TODAY)).toBeNull();
  });
});

describe('readDateRange', () => {
  it('says when the end comes before the start', () => {
    expect(readDateRange('14-12 des', TODAY)).toEqual({ kind: 'end-before-start', start: '2026-12-14', end: '2026-12-12' });
    expect(readDateRange('besok - 20 nov', TODAY)).toEqual({ kind: 'end-before-start', start: '2026-11-28', end: '2026-11-20' });
    expect(readDateRange('14/12/2026 s.d. 12/12/2026', TODAY)).toMatchObject({ kind: 'end-before-start' });
  });

  it.each(['31 feb', '30 feb - 2 mar', '28 feb - 30 feb', '32 des', '12-32 des', 'senin 1 des 2026 - 3 des 2026'])(
    'says %j names a day that does not exist',
    (text) => {
      expect(readDateRange(text, TODAY)).toEqual({ kind: 'invalid-date' });
    },
  );

  it.each(['halo', '12 - 14', 'senin depan depan', '1 2 3', 'cuti'])('says %j is not a date', (text) => {
    expect(readDateRange(text, TODAY)).toEqual({ kind: 'unrecognized' });
  });

  it('returns a proper range with its kind', () => {
    expect(readDateRange('12-14 des', TODAY)).toEqual({ kind: 'range', start: '2026-12-12', end: '2026-12-14' });
  });

  it('refuses long sentences rather than guessing', () => {
    expect(readDateRange('saya mau cuti tanggal 12 sampai 14 des karena ada acara keluarga di kampung', TODAY)).toEqual({
      kind: 'unrecognized',
    });
  });
});
