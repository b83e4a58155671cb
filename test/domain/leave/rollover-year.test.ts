import { describe, expect, it } from 'vitest';
import { availableDays, emptyBalance, rolloverYear, totalDays } from '../../../src/domain/leave';
import { makeBalance, makeEmployee, policy } from './fixtures';

const pns = makeEmployee();
const roll = (prev = makeBalance(), options = {}, employee = pns) => rolloverYear(prev, employee, policy, 2027, options);

describe('rolloverYear for a PNS', () => {
  it('carries at most 6 days so next year has at most 18', () => {
    const next = roll(makeBalance());
    expect(next).toEqual({ ...emptyBalance, entitled: 12, carriedOver: 6, unusedYears: 1 });
    expect(totalDays(next)).toBe(18);
  });

  it('carries what is left when that is less', () => {
    expect(roll(makeBalance({ used: 10 }))).toMatchObject({ carriedOver: 2, unusedYears: 0 });
    expect(roll(makeBalance({ used: 12 }))).toMatchObject({ carriedOver: 0, unusedYears: 0 });
    expect(roll(makeBalance({ used: 7.5 }))).toMatchObject({ carriedOver: 4.5 });
  });

  it('lets 24 days be usable after two years in a row without CT', () => {
    const year2 = roll(makeBalance({ carriedOver: 6, unusedYears: 1 }));
    expect(year2).toMatchObject({ entitled: 12, carriedOver: 12, unusedYears: 2 });
    expect(totalDays(year2)).toBe(24);
    const year3 = roll(makeBalance({ carriedOver: 12, unusedYears: 2 }));
    expect(totalDays(year3)).toBe(24);
    expect(year3.unusedYears).toBe(3);
  });

  it('falls back to 18 once any CT is taken, even half a day', () => {
    const next = roll(makeBalance({ carriedOver: 12, unusedYears: 2, used: 0.5 }));
    expect(next).toMatchObject({ carriedOver: 6, unusedYears: 0 });
  });

  it('leaves days still reserved at year end in the closing year', () => {
    expect(roll(makeBalance({ reserved: 8 }))).toMatchObject({ carriedOver: 4, unusedYears: 0 });
  });

  it('carries worked cuti bersama days like any other unused day, within the cap', () => {
    expect(roll(makeBalance({ added: 2, used: 10 }))).toMatchObject({ carriedOver: 4 });
    expect(roll(makeBalance({ added: 2, used: 4 }))).toMatchObject({ carriedOver: 6 });
  });

  it('adds postponed days on top of the 18, up to 24', () => {
    const next = roll(makeBalance(), { deferredDays: 6 });
    expect(next).toMatchObject({ entitled: 12, carriedOver: 6, deferred: 6 });
    expect(availableDays(next)).toBe(24);
  });

  it('postpones no more than the days left unused', () => {
    expect(roll(makeBalance({ used: 10 }), { deferredDays: 5 })).toMatchObject({ carriedOver: 0, deferred: 2 });
  });

  it('keeps a postponement to one year: the next rollover treats those days as ordinary', () => {
    const withDeferred = roll(makeBalance(), { deferredDays: 6 });
    const after = rolloverYear(withDeferred, pns, policy, 2028);
    expect(after).toMatchObject({ deferred: 0, carriedOver: 12, unusedYears: 2 });
  });

  it('carries nothing from a forfeited year (cuti besar)', () => {
    expect(roll(makeBalance({ unusedYears: 3 }), { annualForfeited: true })).toEqual({ ...emptyBalance, entitled: 12 });
  });

  it('carries nothing from a year before the right to CT began', () => {
    const newcomer = makeEmployee({ serviceStart: '2026-03-01' });
    expect(roll(emptyBalance, {}, newcomer)).toEqual({ ...emptyBalance, entitled: 12 });
  });

  it('is deterministic and leaves its input untouched', () => {
    const prev = makeBalance({ carriedOver: 3, used: 2 });
    const copy = { ...prev };
    expect(roll(prev, { deferredDays: 2 })).toEqual(roll(prev, { deferredDays: 2 }));
    expect(prev).toEqual(copy);
  });
});

describe('rolloverYear for a PPPK', () => {
  const pppk = (contractEnd: string) => makeEmployee({ kind: 'PPPK', serviceStart: '2024-01-01', contractEnd });

  it('carries nothing on a contract of 2 years or less', () => {
    const twoYears = makeEmployee({ kind: 'PPPK', serviceStart: '2024-07-01', contractEnd: '2026-06-30' });
    expect(rolloverYear(makeBalance(), twoYears, policy, 2026)).toEqual({ ...emptyBalance, entitled: 12, unusedYears: 1 });
    const longer = { ...twoYears, contractEnd: '2026-07-01' };
    expect(rolloverYear(makeBalance(), longer, policy, 2026)).toMatchObject({ entitled: 12, carriedOver: 6 });
  });

  it('measures a renewed contract from its own start: a 2-year renewal after 4 years of service carries nothing (R9)', () => {
    const renewed = makeEmployee({ kind: 'PPPK', serviceStart: '2022-07-01', contractStart: '2026-07-01', contractEnd: '2028-06-30' });
    expect(rolloverYear(makeBalance(), renewed, policy, 2027)).toEqual({ ...emptyBalance, entitled: 12, unusedYears: 1 });
    const withoutStart = { ...renewed, contractStart: null };
    expect(rolloverYear(makeBalance(), withoutStart, policy, 2027)).toMatchObject({ entitled: 12, carriedOver: 6 });
    const threeYearRenewal = { ...renewed, contractEnd: '2029-07-01' };
    expect(rolloverYear(makeBalance({ carriedOver: 6, unusedYears: 1 }), threeYearRenewal, policy, 2027)).toMatchObject({ carriedOver: 12 });
  });

  it('carries up to 18 on a contract longer than 2 years, never 24', () => {
    const employee = pppk('2026-01-01');
    expect(rolloverYear(makeBalance(), employee, policy, 2026)).toMatchObject({ carriedOver: 6 });
    const twoYears = rolloverYear(makeBalance({ carriedOver: 6, unusedYears: 1 }), employee, policy, 2026);
    expect(twoYears).toMatchObject({ carriedOver: 6, unusedYears: 2 });
  });

  it('carries up to 24 on a contract longer than 3 years', () => {
    const employee = pppk('2027-01-01');
    const next = rolloverYear(makeBalance({ carriedOver: 6, unusedYears: 1 }), employee, policy, 2026);
    expect(next).toMatchObject({ carriedOver: 12, unusedYears: 2 });
  });

  it('never carries the early allowance', () => {
    const employee = makeEmployee({ kind: 'PPPK', serviceStart: '2026-03-01', contractEnd: '2031-02-28' });
    expect(roll(makeBalance({ entitled: 6 }), {}, employee)).toEqual({ ...emptyBalance, entitled: 12 });
  });

  it('opens nothing after the contract has ended', () => {
    expect(roll(makeBalance(), {}, pppk('2026-12-31'))).toEqual(emptyBalance);
  });

  it('carries nothing without a known contract end', () => {
    const employee = makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: null });
    expect(roll(makeBalance(), {}, employee)).toMatchObject({ entitled: 12, carriedOver: 0 });
  });
});
