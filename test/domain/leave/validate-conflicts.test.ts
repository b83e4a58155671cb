import { describe, expect, it } from 'vitest';
import { type LeaveStatus, resolvePolicy, validateLeaveRequest } from '../../../src/domain/leave';
import { codesOf, makeBalance, makeExisting, makeInput } from './fixtures';

describe('overlap with the employee’s own requests', () => {
  it.each<LeaveStatus>(['PENDING', 'APPROVED', 'CHANGED'])('refuses dates overlapping a %s request', (status) => {
    const existing = [makeExisting({ ref: 'CT-7', status, start: '2026-07-03', end: '2026-07-06' })];
    expect(validateLeaveRequest(makeInput({ existing })).errors).toEqual([
      { code: 'leave.overlap', params: { start: '2026-07-03', end: '2026-07-06', ref: 'CT-7' } },
    ]);
  });

  it.each<LeaveStatus>(['REJECTED', 'CANCELLED', 'DEFERRED', 'DRAFT'])('ignores a %s request', (status) => {
    const existing = [makeExisting({ status, start: '2026-07-01', end: '2026-07-03' })];
    expect(validateLeaveRequest(makeInput({ existing })).ok).toBe(true);
  });

  it('allows back-to-back requests', () => {
    const existing = [
      makeExisting({ start: '2026-06-29', end: '2026-06-30' }),
      makeExisting({ start: '2026-07-06', end: '2026-07-07' }),
    ];
    expect(validateLeaveRequest(makeInput({ existing })).ok).toBe(true);
  });

  it('refuses a request inside a longer sick leave', () => {
    const existing = [makeExisting({ typeCode: 'CS', start: '2026-06-20', end: '2026-07-20', days: 31 })];
    expect(codesOf(validateLeaveRequest(makeInput({ existing })))).toEqual(['leave.overlap']);
  });

  it('counts the travel days of an earlier request as absence', () => {
    const existing = [makeExisting({ start: '2026-06-22', end: '2026-06-26', travelDays: 5 })];
    expect(codesOf(validateLeaveRequest(makeInput({ existing })))).toEqual(['leave.overlap']);
    const shorter = [makeExisting({ start: '2026-06-22', end: '2026-06-26', travelDays: 4 })];
    expect(validateLeaveRequest(makeInput({ existing: shorter })).ok).toBe(true);
  });

  it('allows the afternoon off when the morning is already taken, not the same half twice', () => {
    const existing = [makeExisting({ start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING', days: 0.5 })];
    const afternoon = makeInput({ existing, request: { start: '2026-07-01', end: '2026-07-01', halfDay: 'AFTERNOON' } });
    expect(validateLeaveRequest(afternoon).ok).toBe(true);
    const morning = makeInput({ existing, request: { start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING' } });
    expect(codesOf(validateLeaveRequest(morning))).toEqual(['leave.overlap']);
    const fullDay = makeInput({ existing, request: { start: '2026-07-01', end: '2026-07-01' } });
    expect(codesOf(validateLeaveRequest(fullDay))).toEqual(['leave.overlap']);
  });
});

describe('cuti besar forfeits cuti tahunan of its year', () => {
  const cb = (overrides = {}) =>
    makeExisting({ typeCode: 'CB', start: '2026-09-01', end: '2026-11-30', days: 91, ...overrides });

  it.each<LeaveStatus>(['APPROVED', 'PENDING'])('refuses CT in a year with %s cuti besar', (status) => {
    expect(validateLeaveRequest(makeInput({ existing: [cb({ status })] })).errors).toEqual([
      { code: 'leave.annual_forfeited', params: { year: 2026 } },
    ]);
  });

  it('allows CT when the cuti besar was rejected or is in another year', () => {
    expect(validateLeaveRequest(makeInput({ existing: [cb({ status: 'REJECTED' })] })).ok).toBe(true);
    const next = cb({ start: '2027-02-01', end: '2027-04-30' });
    expect(validateLeaveRequest(makeInput({ existing: [next] })).ok).toBe(true);
  });

  it('refuses the part of a year-spanning CT that falls in the cuti besar year', () => {
    const next = cb({ start: '2027-03-01', end: '2027-05-31' });
    const input = makeInput({ existing: [next], today: '2026-12-01', request: { start: '2026-12-28', end: '2027-01-08' } });
    expect(validateLeaveRequest(input).errors).toEqual([{ code: 'leave.annual_forfeited', params: { year: 2027 } }]);
  });

  it('does not refuse when the agency turns forfeiture off', () => {
    const policy = resolvePolicy({ longLeave: { forfeitsAnnualLeave: false } });
    expect(validateLeaveRequest(makeInput({ existing: [cb()], policy })).ok).toBe(true);
  });
});

describe('CT balance', () => {
  it('refuses more days than are left, saying both numbers', () => {
    const input = makeInput({ request: { start: '2026-07-01', end: '2026-07-07' }, balances: { 2026: makeBalance({ used: 9 }) } });
    expect(validateLeaveRequest(input).errors).toEqual([
      { code: 'leave.insufficient_balance', params: { available: 3, requested: 5, year: 2026 } },
    ]);
  });

  it('counts reserved days of pending requests as taken', () => {
    const input = makeInput({ balances: { 2026: makeBalance({ used: 5, reserved: 5 }) } });
    expect(validateLeaveRequest(input).errors).toEqual([
      { code: 'leave.insufficient_balance', params: { available: 2, requested: 3, year: 2026 } },
    ]);
  });

  it('counts carried-over, postponed and worked cuti bersama days as available', () => {
    const balance = makeBalance({ carriedOver: 6, deferred: 2, added: 1, used: 18 });
    expect(validateLeaveRequest(makeInput({ balances: { 2026: balance } })).ok).toBe(true);
  });

  it('accepts a half day with half a day left and refuses it with none', () => {
    const half = { start: '2026-07-01', end: '2026-07-01', halfDay: 'AFTERNOON' as const };
    expect(validateLeaveRequest(makeInput({ request: half, balances: { 2026: makeBalance({ used: 11.5 }) } })).ok).toBe(true);
    expect(validateLeaveRequest(makeInput({ request: half, balances: { 2026: makeBalance({ used: 12 }) } })).errors).toEqual([
      { code: 'leave.insufficient_balance', params: { available: 0, requested: 0.5, year: 2026 } },
    ]);
  });

  it('charges each year of a year-spanning request to its own balance', () => {
    const request = { start: '2026-12-28', end: '2027-01-08' };
    const ok = makeInput({ today: '2026-12-01', request, balances: { 2026: makeBalance({ used: 8 }), 2027: makeBalance() } });
    expect(validateLeaveRequest(ok)).toMatchObject({ ok: true, days: 9, daysByYear: [{ year: 2026, days: 4 }, { year: 2027, days: 5 }] });
    const short = makeInput({ ...ok, balances: { 2026: makeBalance({ used: 8 }), 2027: makeBalance({ entitled: 4 }) } });
    expect(validateLeaveRequest(short).errors).toEqual([
      { code: 'leave.insufficient_balance', params: { available: 4, requested: 5, year: 2027 } },
    ]);
  });

  it('needs next year’s balance only when days fall in it', () => {
    const spanning = makeInput({ today: '2026-12-01', request: { start: '2026-12-28', end: '2027-01-08' }, balances: { 2026: makeBalance() } });
    expect(validateLeaveRequest(spanning).errors).toEqual([{ code: 'leave.balance_unavailable', params: { year: 2027 } }]);
    const holidaysOnly = makeInput({ ...spanning, request: { start: '2026-12-29', end: '2027-01-03' } });
    expect(validateLeaveRequest(holidaysOnly)).toMatchObject({ ok: true, days: 3 });
  });
});
