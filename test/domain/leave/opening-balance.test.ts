import { describe, expect, it } from 'vitest';
import { annualEligibleFrom, annualUsableFrom, emptyBalance, openingBalance, resolvePolicy } from '../../../src/domain/leave';
import { makeEmployee, policy } from './fixtures';

const entitled = (employee = makeEmployee(), year = 2026, p = policy) => openingBalance(employee, year, p).entitled;

describe('openingBalance', () => {
  it('gives an established employee 12 days and nothing else', () => {
    expect(openingBalance(makeEmployee(), 2026, policy)).toEqual({ ...emptyBalance, entitled: 12 });
  });

  it('gives the full 12 in the year of the first anniversary, usable from that day', () => {
    const employee = makeEmployee({ serviceStart: '2025-07-02' });
    expect(annualEligibleFrom(employee, policy)).toBe('2026-07-02');
    expect(entitled(employee, 2025)).toBe(0);
    expect(entitled(employee, 2026)).toBe(12);
    expect(annualUsableFrom(employee, 2026, policy)).toBe('2026-07-02');
    expect(annualUsableFrom(employee, 2027, policy)).toBeNull();
    expect(annualUsableFrom(makeEmployee({ serviceStart: '2025-01-01' }), 2026, policy)).toBeNull();
  });

  it('gives a new PNS nothing before the anniversary year', () => {
    const employee = makeEmployee({ serviceStart: '2026-03-01' });
    expect(entitled(employee, 2026)).toBe(0);
    expect(entitled(employee, 2027)).toBe(12);
  });

  it('gives a new PPPK the early allowance of 6 before the anniversary year', () => {
    const employee = makeEmployee({ kind: 'PPPK', serviceStart: '2026-03-01', contractEnd: '2031-02-28' });
    expect(entitled(employee, 2026)).toBe(6);
    expect(entitled(employee, 2027)).toBe(12);
  });

  it('gives nothing before the employee starts or after a contract ended', () => {
    expect(entitled(makeEmployee({ serviceStart: '2027-01-04' }), 2026)).toBe(0);
    expect(entitled(makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2025-12-31' }), 2026)).toBe(0);
    expect(entitled(makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2026-06-30' }), 2026)).toBe(12);
  });

  it('follows the policy’s entitlement', () => {
    expect(entitled(makeEmployee(), 2026, resolvePolicy({ annual: { entitlementDays: 14 } }))).toBe(14);
  });
});
