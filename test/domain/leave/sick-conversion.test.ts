import { describe, expect, it } from 'vitest';
import { annualDaysLeft, type LeaveStatus, planSickConversion } from '../../../src/domain/leave';
import { holidays2026, policy } from './fixtures';

/** Granted cuti tahunan Mon 7 - Fri 18 Dec 2026. */
const annual = (status: LeaveStatus = 'APPROVED', converted: Array<{ start: string; end: string }> = [], typeCode = 'CT') =>
  ({ typeCode, status, start: '2026-12-07', end: '2026-12-18', converted });

describe('planSickConversion', () => {
  it('accepts sick days within granted annual leave, begun by today', () => {
    expect(planSickConversion(annual(), { start: '2026-12-08', end: '2026-12-10' }, '2026-12-09', 3)).toEqual({ ok: true });
    expect(planSickConversion(annual('CHANGED'), { start: '2026-12-07', end: '2026-12-18' }, '2026-12-07', 3)).toEqual({ ok: true });
  });

  it.each<LeaveStatus>(['PENDING', 'REJECTED', 'DEFERRED', 'CANCELLED'])('refuses %s annual leave', (status) => {
    expect(planSickConversion(annual(status), { start: '2026-12-08', end: '2026-12-08' }, '2026-12-09', 3))
      .toEqual({ ok: false, error: { code: 'leave.convert_not_granted_annual', params: { status } } });
  });

  it('refuses other types, days outside the leave, sickness not begun, a late report and days converted already', () => {
    const code = (result: ReturnType<typeof planSickConversion>) => (result.ok ? 'ok' : result.error.code);
    expect(code(planSickConversion(annual('APPROVED', [], 'CB'), { start: '2026-12-08', end: '2026-12-08' }, '2026-12-09', 3))).toBe('leave.convert_not_granted_annual');
    expect(code(planSickConversion(annual(), { start: '2026-12-06', end: '2026-12-08' }, '2026-12-09', 3))).toBe('leave.convert_outside');
    expect(code(planSickConversion(annual(), { start: '2026-12-17', end: '2026-12-19' }, '2026-12-18', 3))).toBe('leave.convert_outside');
    expect(code(planSickConversion(annual(), { start: '2026-12-10', end: '2026-12-10' }, '2026-12-09', 3))).toBe('leave.convert_not_begun');
    expect(code(planSickConversion(annual(), { start: '2026-12-10', end: '2026-12-09' }, '2026-12-11', 3))).toBe('leave.end_before_start');
    // Last sick day Tue 8 Dec: reported on Fri 11 (3 days after) is in time, on Sat 12 it is not.
    expect(code(planSickConversion(annual(), { start: '2026-12-08', end: '2026-12-08' }, '2026-12-11', 3))).toBe('ok');
    expect(code(planSickConversion(annual(), { start: '2026-12-08', end: '2026-12-08' }, '2026-12-12', 3))).toBe('leave.convert_too_late');
    expect(code(planSickConversion(annual('APPROVED', [{ start: '2026-12-09', end: '2026-12-10' }]), { start: '2026-12-10', end: '2026-12-11' }, '2026-12-11', 3)))
      .toBe('leave.convert_overlap');
  });
});

describe('annualDaysLeft', () => {
  const period = { typeCode: 'CT' as const, start: '2026-12-07', end: '2026-12-18', holidays: holidays2026, policy };

  it('leaves out the working days of each converted span, clipped to the period', () => {
    expect(annualDaysLeft(period, [])).toEqual([{ year: 2026, days: 10 }]);
    // Wed 9 - Mon 14 Dec: 4 working days (the weekend is not annual leave anyway).
    expect(annualDaysLeft(period, [{ start: '2026-12-09', end: '2026-12-14' }])).toEqual([{ year: 2026, days: 6 }]);
    expect(annualDaysLeft(period, [{ start: '2026-12-07', end: '2026-12-07' }, { start: '2026-12-17', end: '2026-12-30' }])).toEqual([{ year: 2026, days: 7 }]);
  });

  it('splits across New Year and never goes below zero', () => {
    const yearEnd = { ...period, start: '2026-12-28', end: '2027-01-08' };
    const full = annualDaysLeft(yearEnd, []);
    const left = annualDaysLeft(yearEnd, [{ start: '2027-01-04', end: '2027-01-08' }]);
    expect(left.find((p) => p.year === 2026)).toEqual(full.find((p) => p.year === 2026));
    expect(left.find((p) => p.year === 2027)!.days).toBe(full.find((p) => p.year === 2027)!.days - 5);
    expect(annualDaysLeft(yearEnd, [{ start: '2026-12-01', end: '2027-02-01' }]).every((p) => p.days === 0)).toBe(true);
  });
});
