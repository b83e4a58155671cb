import { describe, expect, it } from 'vitest';
import { countLeaveDays, type CountInput, resolvePolicy, splitDaysByYear } from '../../../src/domain/leave';
import { holidays2026, policy } from './fixtures';

const base: CountInput = { typeCode: 'CT', start: '2026-07-01', end: '2026-07-03', holidays: holidays2026, policy };
const count = (overrides: Partial<CountInput>) => countLeaveDays({ ...base, ...overrides });

describe('countLeaveDays for cuti tahunan (working days)', () => {
  it('counts Wed-Fri as 3', () => {
    expect(count({})).toBe(3);
  });

  it('does not charge the weekend inside a range', () => {
    expect(count({ start: '2026-07-01', end: '2026-07-10' })).toBe(8);
  });

  it('does not charge Natal (NATIONAL) nor 24 Dec (CUTI_BERSAMA)', () => {
    expect(count({ start: '2026-12-21', end: '2026-12-31' })).toBe(7);
    expect(count({ start: '2026-12-24', end: '2026-12-25' })).toBe(0);
  });

  it('does not charge a LOCAL holiday by default', () => {
    expect(count({ start: '2026-08-10', end: '2026-08-14' })).toBe(4);
    const nationalOnly = resolvePolicy({ calendar: { excludedHolidayKinds: ['NATIONAL', 'CUTI_BERSAMA'] } });
    expect(count({ start: '2026-08-10', end: '2026-08-14', policy: nationalOnly })).toBe(5);
  });

  it('charges Saturdays with a six-day week', () => {
    const six = resolvePolicy({ calendar: { sixDayWeek: true } });
    expect(count({ start: '2026-07-06', end: '2026-07-12', policy: six })).toBe(6);
    expect(count({ start: '2026-07-06', end: '2026-07-12' })).toBe(5);
  });

  it('counts over the leap day', () => {
    expect(count({ start: '2028-02-28', end: '2028-03-01' })).toBe(3);
  });
});

describe('countLeaveDays half days', () => {
  it('charges 0.5 for a half day on a working day, morning or afternoon', () => {
    expect(count({ start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING' })).toBe(0.5);
    expect(count({ start: '2026-07-01', end: '2026-07-01', halfDay: 'AFTERNOON' })).toBe(0.5);
  });

  it('charges 0 for a half day on a holiday, cuti bersama or weekend', () => {
    expect(count({ start: '2026-12-25', end: '2026-12-25', halfDay: 'MORNING' })).toBe(0);
    expect(count({ start: '2026-12-24', end: '2026-12-24', halfDay: 'MORNING' })).toBe(0);
    expect(count({ start: '2026-07-04', end: '2026-07-04', halfDay: 'AFTERNOON' })).toBe(0);
  });

  it('charges 0.5 for a Saturday half day with a six-day week', () => {
    const six = resolvePolicy({ calendar: { sixDayWeek: true } });
    expect(count({ start: '2026-07-04', end: '2026-07-04', halfDay: 'MORNING', policy: six })).toBe(0.5);
  });

  it('throws for a half day over several days, of another type, or when the agency forbids half days', () => {
    expect(() => count({ halfDay: 'MORNING' })).toThrow(RangeError);
    expect(() => count({ typeCode: 'CS', start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING' })).toThrow(RangeError);
    const noHalves = resolvePolicy({ annual: { halfDayAllowed: false } });
    expect(() => count({ start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING', policy: noHalves })).toThrow(RangeError);
  });
});

describe('countLeaveDays for calendar types', () => {
  it('counts every calendar day, weekends and holidays included', () => {
    expect(count({ typeCode: 'CS', start: '2026-12-24', end: '2026-12-27' })).toBe(4);
    expect(count({ typeCode: 'CAP', start: '2026-07-01', end: '2026-07-01' })).toBe(1);
  });

  it('counts February 2028 with its 29th day', () => {
    expect(count({ typeCode: 'CS', start: '2028-02-01', end: '2028-03-01' })).toBe(30);
    expect(count({ typeCode: 'CS', start: '2027-02-01', end: '2027-03-01' })).toBe(29);
  });

  it('counts three years of CLTN including a leap year', () => {
    expect(count({ typeCode: 'CLTN', start: '2026-01-01', end: '2028-12-31' })).toBe(1096);
  });

  it('throws when the end is before the start', () => {
    expect(() => count({ start: '2026-07-03', end: '2026-07-01' })).toThrow(RangeError);
  });
});

describe('splitDaysByYear', () => {
  it('charges 29 Dec 2026 - 3 Jan 2027 to 2026 only: New Year and a weekend follow', () => {
    expect(splitDaysByYear({ ...base, start: '2026-12-29', end: '2027-01-03' })).toEqual([
      { year: 2026, days: 3 },
      { year: 2027, days: 0 },
    ]);
  });

  it('splits 28 Dec 2026 - 8 Jan 2027 into 4 + 5', () => {
    expect(splitDaysByYear({ ...base, start: '2026-12-28', end: '2027-01-08' })).toEqual([
      { year: 2026, days: 4 },
      { year: 2027, days: 5 },
    ]);
  });

  it('splits calendar days too', () => {
    expect(splitDaysByYear({ ...base, typeCode: 'CS', start: '2026-12-30', end: '2027-01-02' })).toEqual([
      { year: 2026, days: 2 },
      { year: 2027, days: 2 },
    ]);
  });

  it('gives one entry per year touched, three for a long CLTN', () => {
    const parts = splitDaysByYear({ ...base, typeCode: 'CLTN', start: '2026-07-01', end: '2028-06-30' });
    expect(parts).toEqual([
      { year: 2026, days: 184 },
      { year: 2027, days: 365 },
      { year: 2028, days: 182 },
    ]);
  });

  it('keeps a single-year range whole', () => {
    expect(splitDaysByYear(base)).toEqual([{ year: 2026, days: 3 }]);
  });
});
