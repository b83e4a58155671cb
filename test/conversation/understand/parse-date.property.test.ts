import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDay } from '../../../src/domain/day';
import { parseDate, readDateRange } from '../../../src/conversation/understand/parse-date-range';

const TODAY = '2026-11-27';

const ID_MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Text that looks a bit like a date, so the parser goes past its first checks. */
const dateish = fc
  .array(
    fc.oneof(
      fc.constantFrom('12', '29', '31', '0', '2026', '2028', '12/12', '30/02/2026', '2026-12-12', 'des', 'feb', 'jan', 'senin'),
      fc.constantFrom('depan', 'ini', 'hari', 'besok', 'lusa', 'minggu', 'mulai', 's.d.', 'sampai', '-', 'to', 'next', '3'),
      fc.constantFrom('tiga', 'days', 'from', '🙏', '\u0000', '\u202e', '/', '.', ',', '  ', 'constructor', '__proto__'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), dateish);
const anyDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2990-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('parseDate and readDateRange on arbitrary text', () => {
  it('never throw, and only return real ISO days', () => {
    fc.assert(
      fc.property(anyText, anyDay, (text, today) => {
        const day = parseDate(text, today);
        expect(day === null || isIsoDay(day)).toBe(true);
        const reading = readDateRange(text, today);
        if (reading.kind === 'range' || reading.kind === 'end-before-start') {
          expect(isIsoDay(reading.start) && isIsoDay(reading.end)).toBe(true);
          expect(reading.start <= reading.end).toBe(reading.kind === 'range');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cope with 10,000-character messages', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }), (text) => {
        expect(parseDate(text, TODAY)).toBeNull();
        expect(readDateRange(text, TODAY).kind).toBe('unrecognized');
      }),
      { numRuns: 20 },
    );
    expect(parseDate(`${' '.repeat(10_000)}besok${'!'.repeat(10_000)}`, TODAY)).toBe('2026-11-28');
    expect(parseDate('12 des '.repeat(2_000), TODAY)).toBeNull();
  });
});

describe('parseDate on generated dates', () => {
  it('reads back any real day written as "d month yyyy", "d/m/yyyy" or ISO', () => {
    fc.assert(
      fc.property(anyDay, fc.boolean(), (day, indonesian) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const month = (indonesian ? ID_MONTHS : EN_SHORT)[m - 1] ?? '';
        expect(parseDate(`${d} ${month} ${y}`, TODAY)).toBe(day);
        expect(parseDate(`${d}/${m}/${y}`, TODAY)).toBe(day);
        expect(parseDate(day, TODAY)).toBe(day);
      }),
    );
  });

  it('reads "N hari mulai <day>" as N calendar days', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        expect(readDateRange(`${n} hari mulai ${d}/${m}/${y}`, TODAY)).toEqual({ kind: 'range', start: day, end: addDays(day, n - 1) });
      }),
    );
  });
});
