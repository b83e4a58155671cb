import { describe, expect, it } from 'vitest';
import { lastDayOf, serviceAnniversary } from '../../../src/domain/leave';

describe('lastDayOf', () => {
  it('ends the day before the same date months later', () => {
    expect(lastDayOf('2026-01-10', { months: 3, days: 0 })).toBe('2026-04-09');
    expect(lastDayOf('2026-07-01', { months: 12, days: 0 })).toBe('2027-06-30');
    expect(lastDayOf('2026-08-01', { months: 36, days: 0 })).toBe('2029-07-31');
  });

  it('adds the days after the months: 1.5 months', () => {
    expect(lastDayOf('2026-07-01', { months: 1, days: 15 })).toBe('2026-08-15');
  });

  it('counts plain days', () => {
    expect(lastDayOf('2026-07-01', { months: 0, days: 1 })).toBe('2026-07-01');
    expect(lastDayOf('2026-12-25', { months: 0, days: 14 })).toBe('2027-01-07');
  });

  it('ends on the month end when the month is too short', () => {
    expect(lastDayOf('2026-01-31', { months: 1, days: 0 })).toBe('2026-02-28');
    expect(lastDayOf('2028-01-31', { months: 1, days: 0 })).toBe('2028-02-29');
    expect(lastDayOf('2028-02-29', { months: 12, days: 0 })).toBe('2029-02-28');
    expect(lastDayOf('2026-03-31', { months: 1, days: 0 })).toBe('2026-04-30');
  });

  it('handles a start on the 29th of a leap February with a whole number of leap years', () => {
    expect(lastDayOf('2028-02-29', { months: 48, days: 0 })).toBe('2032-02-28');
  });
});

describe('serviceAnniversary', () => {
  it('is the same date years later', () => {
    expect(serviceAnniversary('2021-08-01', 5)).toBe('2026-08-01');
    expect(serviceAnniversary('2025-07-02', 1)).toBe('2026-07-02');
  });

  it('moves 29 Feb to 1 Mar in a common year', () => {
    expect(serviceAnniversary('2028-02-29', 1)).toBe('2029-03-01');
    expect(serviceAnniversary('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('is the start itself for 0 years', () => {
    expect(serviceAnniversary('2026-05-01', 0)).toBe('2026-05-01');
  });
});
