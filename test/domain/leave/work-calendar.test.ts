import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  resolvePolicy,
  workCalendar,
  workingDaysBetween,
} from '../../../src/domain/leave';
import { holidays2026, policy } from './fixtures';

const fiveDay = workCalendar(holidays2026, policy);
const sixDay = workCalendar(holidays2026, resolvePolicy({ calendar: { sixDayWeek: true } }));

describe('isWorkingDay', () => {
  it('is Monday to Friday', () => {
    expect(isWorkingDay('2026-07-06', fiveDay)).toBe(true); // Monday
    expect(isWorkingDay('2026-07-10', fiveDay)).toBe(true); // Friday
    expect(isWorkingDay('2026-07-11', fiveDay)).toBe(false); // Saturday
    expect(isWorkingDay('2026-07-12', fiveDay)).toBe(false); // Sunday
  });

  it('is not a national holiday, a cuti bersama day or a local holiday', () => {
    expect(isWorkingDay('2026-12-25', fiveDay)).toBe(false); // Natal, Friday
    expect(isWorkingDay('2026-12-24', fiveDay)).toBe(false); // cuti bersama, Thursday
    expect(isWorkingDay('2026-08-10', fiveDay)).toBe(false); // local, Monday
  });

  it('counts a local holiday as a working day when the agency does not exclude it', () => {
    const cal = workCalendar(holidays2026, resolvePolicy({ calendar: { excludedHolidayKinds: ['NATIONAL', 'CUTI_BERSAMA'] } }));
    expect(isWorkingDay('2026-08-10', cal)).toBe(true);
    expect(isWorkingDay('2026-12-24', cal)).toBe(false);
  });

  it('includes Saturday in a six-day week, but never Sunday or a holiday', () => {
    expect(isWorkingDay('2026-07-11', sixDay)).toBe(true);
    expect(isWorkingDay('2026-07-12', sixDay)).toBe(false);
    expect(isWorkingDay('2026-03-21', sixDay)).toBe(false); // Idul Fitri on a Saturday
  });

  it('knows 29 Feb 2028 (a Tuesday)', () => {
    expect(isWorkingDay('2028-02-29', fiveDay)).toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('counts both ends and skips the weekend', () => {
    expect(workingDaysBetween('2026-07-06', '2026-07-12', fiveDay)).toBe(5);
    expect(workingDaysBetween('2026-07-03', '2026-07-06', fiveDay)).toBe(2); // Fri + Mon
  });

  it('skips the Idul Fitri holidays and cuti bersama of March 2026', () => {
    // 16-27 Mar: 18 CB, 19 Nyepi, 20 Idul Fitri, 21-22 weekend, 23-24 CB
    expect(workingDaysBetween('2026-03-16', '2026-03-27', fiveDay)).toBe(5);
  });

  it('skips Christmas and its cuti bersama', () => {
    expect(workingDaysBetween('2026-12-21', '2026-12-31', fiveDay)).toBe(7);
  });

  it('is 0 for a range of days off only and for a reversed range', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-27', fiveDay)).toBe(0);
    expect(workingDaysBetween('2026-07-10', '2026-07-06', fiveDay)).toBe(0);
  });

  it('counts Saturdays in a six-day week', () => {
    expect(workingDaysBetween('2026-07-06', '2026-07-12', sixDay)).toBe(6);
  });

  it('handles the leap day', () => {
    expect(workingDaysBetween('2028-02-28', '2028-03-01', fiveDay)).toBe(3);
    expect(workingDaysBetween('2027-02-26', '2027-03-01', fiveDay)).toBe(2); // Fri 26 Feb, Mon 1 Mar
  });
});

describe('addWorkingDays', () => {
  it('returns the day itself for 0', () => {
    expect(addWorkingDays('2026-12-24', 0, fiveDay)).toBe('2026-12-24');
  });

  it('jumps over the weekend', () => {
    expect(addWorkingDays('2026-07-03', 1, fiveDay)).toBe('2026-07-06');
    expect(addWorkingDays('2026-07-03', 1, sixDay)).toBe('2026-07-04');
  });

  it('jumps over Christmas, cuti bersama and New Year', () => {
    expect(addWorkingDays('2026-12-23', 1, fiveDay)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-31', 1, fiveDay)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-23', 5, fiveDay)).toBe('2027-01-04');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-07-03', -1, fiveDay)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-07-03', 0.5, fiveDay)).toThrow(RangeError);
  });
});
