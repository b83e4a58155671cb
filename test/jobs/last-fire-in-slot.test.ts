import { describe, expect, it } from 'vitest';
import { allJobs } from '../../src/jobs/all-jobs';
import { lastFireInSlot, parseSchedule } from '../../src/jobs/last-fire-in-slot';

/** An instant given as Jakarta wall time (UTC+7). */
const wib = (local: string) => new Date(`${local}+07:00`);

describe('lastFireInSlot: the latest scheduled time within the current slot', () => {
  it('a working-day 07:00 job: fired today once 07:00 passed, not before, not on a Saturday', () => {
    expect(lastFireInSlot('0 7 * * 1-5', 'day', wib('2026-12-07T06:59:59'))).toBeNull();
    expect(lastFireInSlot('0 7 * * 1-5', 'day', wib('2026-12-07T07:00:00'))).toEqual(wib('2026-12-07T07:00:00'));
    expect(lastFireInSlot('0 7 * * 1-5', 'day', wib('2026-12-07T23:59:00'))).toEqual(wib('2026-12-07T07:00:00'));
    expect(lastFireInSlot('0 7 * * 1-5', 'day', wib('2026-12-12T09:00:00'))).toBeNull();
  });

  it('a yearly job: the slot is the year, so a rollover missed on 1 January is still due in December', () => {
    expect(lastFireInSlot('5 0 1 1 *', 'year', wib('2027-01-01T00:04:00'))).toBeNull();
    expect(lastFireInSlot('5 0 1 1 *', 'year', wib('2027-01-01T00:05:00'))).toEqual(wib('2027-01-01T00:05:00'));
    expect(lastFireInSlot('5 0 1 1 *', 'year', wib('2026-12-31T23:59:00'))).toEqual(wib('2026-01-01T00:05:00'));
  });

  it('the latest of several times in a day; lists, ranges and steps', () => {
    expect(lastFireInSlot('0,30 9-17/4 * * *', 'day', wib('2026-12-07T14:10:00'))).toEqual(wib('2026-12-07T13:30:00'));
    expect(lastFireInSlot('*/15 * * * *', 'day', wib('2026-12-07T14:10:00'))).toEqual(wib('2026-12-07T14:00:00'));
    expect(lastFireInSlot('0 8 1-10 12 *', 'day', wib('2026-12-12T09:00:00'))).toBeNull();
    expect(lastFireInSlot('0 8 1-10 12 *', 'day', wib('2026-12-10T09:00:00'))).toEqual(wib('2026-12-10T08:00:00'));
  });

  it("cron's day rule: with both day fields set, either one fires; Sunday is 0 or 7", () => {
    // The 1st of the month or any Monday.
    expect(lastFireInSlot('0 7 1 * 1', 'day', wib('2026-12-01T08:00:00'))).not.toBeNull(); // a Tuesday, the 1st
    expect(lastFireInSlot('0 7 1 * 1', 'day', wib('2026-12-07T08:00:00'))).not.toBeNull(); // a Monday
    expect(lastFireInSlot('0 7 1 * 1', 'day', wib('2026-12-08T08:00:00'))).toBeNull();
    expect(lastFireInSlot('0 7 * * 7', 'day', wib('2026-12-06T08:00:00'))).toEqual(wib('2026-12-06T07:00:00'));
  });

  it('reads every job schedule of SAPA, and refuses what it does not understand', () => {
    for (const job of allJobs()) expect(() => parseSchedule(job.schedule), job.id).not.toThrow();
    expect(() => parseSchedule('0 7 * * MON')).toThrow(/not supported/);
    expect(() => parseSchedule('0 25 * * *')).toThrow(/out of range/);
    expect(() => parseSchedule('0 7 * *')).toThrow(/5 or 6 fields/);
  });
});
