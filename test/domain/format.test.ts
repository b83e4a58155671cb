import { describe, expect, it } from 'vitest';
import { jakartaDay, TIME_ZONE } from '../../src/domain/day';
import { formatInstant, formatRupiah, formatTimestamp } from '../../src/domain/format';

/** The same moment as ICU's time-zone data sees it in Asia/Jakarta: day, month, year, hour, minute. */
function icuParts(instant: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

describe('formatInstant and formatTimestamp (Asia/Jakarta)', () => {
  it('shows the Jakarta wall clock, across the UTC day, month and year boundaries', () => {
    expect(formatInstant(new Date('2026-11-27T03:02:00Z'))).toBe('27 Nov 10:02');
    expect(formatInstant(new Date('2026-12-31T17:00:00Z'))).toBe('1 Jan 00:00');
    expect(formatInstant(new Date('2026-12-31T16:59:00Z'), 'en')).toBe('31 Dec 23:59');
    expect(formatInstant(new Date('2026-08-16T17:05:00Z'))).toBe('17 Agu 00:05');
    expect(formatTimestamp(new Date('2026-12-31T17:00:00Z'))).toBe('1 Jan 2027 00:00');
    expect(formatTimestamp(new Date('2026-05-01T23:30:00Z'), 'en')).toBe('2 May 2026 06:30');
  });

  it('agrees with the time-zone database for instants from 1970 to 2100', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const from = Date.UTC(1970, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 2_000; i += 1) {
      const instant = new Date(Math.floor(from + random() * (to - from)));
      const icu = icuParts(instant);
      const expected = `${Number(icu.day)} ${MONTHS_ID[Number(icu.month) - 1]} ${icu.hour}:${icu.minute}`;
      expect(formatInstant(instant), instant.toISOString()).toBe(expected);
      expect(jakartaDay(instant)).toBe(`${icu.year}-${icu.month!.padStart(2, '0')}-${icu.day!.padStart(2, '0')}`);
    }
  });
});

describe('formatRupiah', () => {
  it('groups thousands with dots and refuses fractions', () => {
    expect(formatRupiah(4_250_300)).toBe('Rp 4.250.300');
    expect(formatRupiah(-1_000)).toBe('-Rp 1.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
  });
});
