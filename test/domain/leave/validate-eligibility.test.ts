import { describe, expect, it } from 'vitest';
import { resolvePolicy, validateLeaveRequest } from '../../../src/domain/leave';
import { codesOf, makeBalance, makeEmployee, makeExisting, makeInput } from './fixtures';

const pppk = (overrides = {}) =>
  makeEmployee({ kind: 'PPPK', serviceStart: '2026-03-01', contractEnd: '2031-02-28', ...overrides });

describe('years of service', () => {
  it('lets a PNS take CT from the day of 1 year of service', () => {
    const employee = makeEmployee({ serviceStart: '2025-07-02' });
    const before = validateLeaveRequest(makeInput({ employee }));
    expect(before.errors).toEqual([{ code: 'leave.service_too_short', params: { years: 1, eligibleFrom: '2026-07-02' } }]);
    const on = validateLeaveRequest(makeInput({ employee, request: { start: '2026-07-02', end: '2026-07-03' } }));
    expect(on.ok).toBe(true);
  });

  it('counts a 29 Feb start as a year on 1 Mar', () => {
    const employee = makeEmployee({ serviceStart: '2028-02-29' });
    const base = { employee, today: '2029-01-02', balances: { 2029: makeBalance() } };
    const feb = validateLeaveRequest(makeInput({ ...base, request: { start: '2029-02-28', end: '2029-02-28' } }));
    expect(feb.errors).toEqual([{ code: 'leave.service_too_short', params: { years: 1, eligibleFrom: '2029-03-01' } }]);
    expect(validateLeaveRequest(makeInput({ ...base, request: { start: '2029-03-01', end: '2029-03-01' } })).ok).toBe(true);
  });

  it('asks 5 years for cuti besar', () => {
    const request = { typeCode: 'CB', start: '2026-08-01', end: '2026-10-31' };
    const junior = makeEmployee({ serviceStart: '2021-08-02' });
    const check = validateLeaveRequest(makeInput({ employee: junior, request }));
    expect(check.errors).toEqual([{ code: 'leave.service_too_short', params: { years: 5, eligibleFrom: '2026-08-02' } }]);
    const senior = makeEmployee({ serviceStart: '2021-08-01' });
    expect(validateLeaveRequest(makeInput({ employee: senior, request })).ok).toBe(true);
  });

  it('exempts a first hajj from the 5 years of cuti besar', () => {
    const employee = makeEmployee({ serviceStart: '2024-01-02' });
    const request = { typeCode: 'CB', start: '2026-08-01', end: '2026-09-15', detail: { firstHajj: true } };
    expect(validateLeaveRequest(makeInput({ employee, request })).ok).toBe(true);
    const strict = resolvePolicy({ longLeave: { firstHajjExempt: false } });
    expect(codesOf(validateLeaveRequest(makeInput({ employee, request, policy: strict })))).toEqual(['leave.service_too_short']);
  });

  it('asks 5 years for CLTN', () => {
    const employee = makeEmployee({ serviceStart: '2022-01-01' });
    const request = { typeCode: 'CLTN', start: '2026-08-01', end: '2027-07-31' };
    expect(codesOf(validateLeaveRequest(makeInput({ employee, request })))).toEqual(['leave.service_too_short']);
    expect(validateLeaveRequest(makeInput({ request })).ok).toBe(true);
  });

  it('asks no years of service for CS, CM and CAP', () => {
    const employee = makeEmployee({ serviceStart: '2026-05-01' });
    expect(validateLeaveRequest(makeInput({ employee, request: { typeCode: 'CS', detail: {} } })).ok).toBe(true);
    const cm = { typeCode: 'CM', start: '2026-07-01', end: '2026-09-30', detail: { childOrder: 1 } };
    expect(validateLeaveRequest(makeInput({ employee, request: cm })).ok).toBe(true);
    const cap = { typeCode: 'CAP', detail: { capReason: 'MARRIAGE' } };
    expect(validateLeaveRequest(makeInput({ employee, request: cap })).ok).toBe(true);
  });
});

describe('PPPK', () => {
  it.each(['CB', 'CAP', 'CLTN'])('cannot take %s (reported alone)', (typeCode) => {
    const employee = pppk({ serviceStart: '2015-01-01' });
    const check = validateLeaveRequest(makeInput({ employee, request: { typeCode, start: '2026-06-11', end: '2026-06-11' } }));
    expect(check.errors).toEqual([{ code: 'leave.type_not_available_for_kind', params: { kind: 'PPPK', typeCode } }]);
  });

  it('takes CT like a PNS after 1 year', () => {
    const employee = pppk({ serviceStart: '2025-01-02' });
    expect(validateLeaveRequest(makeInput({ employee })).ok).toBe(true);
  });

  it('before 1 year takes CT only for a listed reason', () => {
    const check = validateLeaveRequest(makeInput({ employee: pppk(), balances: { 2026: makeBalance({ entitled: 6 }) } }));
    expect(check.errors).toEqual([{ code: 'leave.pppk_early_reason_required', params: { eligibleFrom: '2027-03-01' } }]);
    const second = makeInput({ employee: pppk(), request: { detail: { earlyReason: 'MARRIAGE' } } });
    expect(codesOf(validateLeaveRequest(second))).toEqual(['leave.pppk_early_reason_required']);
  });

  it.each(['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FIRST_MARRIAGE'])('before 1 year takes CT for %s', (earlyReason) => {
    const input = makeInput({
      employee: pppk(),
      request: { detail: { earlyReason } },
      balances: { 2026: makeBalance({ entitled: 6 }) },
    });
    expect(validateLeaveRequest(input).ok).toBe(true);
  });

  it('before 1 year takes at most 6 working days in all', () => {
    const existing = [
      makeExisting({ start: '2026-05-04', end: '2026-05-07', days: 4 }),
      makeExisting({ status: 'REJECTED', start: '2026-05-18', end: '2026-05-22', days: 5 }),
    ];
    const input = makeInput({
      employee: pppk(),
      existing,
      request: { detail: { earlyReason: 'FAMILY_DEATH' } },
      balances: { 2026: makeBalance({ entitled: 6, used: 4 }) },
    });
    expect(validateLeaveRequest(input).errors).toEqual([
      { code: 'leave.pppk_early_allowance_exceeded', params: { max: 6, used: 4, requested: 3 } },
      { code: 'leave.insufficient_balance', params: { available: 2, requested: 3, year: 2026 } },
    ]);
    const two = makeInput({ ...input, request: { start: '2026-07-01', end: '2026-07-02', detail: { earlyReason: 'FAMILY_DEATH' } } });
    expect(validateLeaveRequest(two).ok).toBe(true);
  });

  it('counts early days of the previous year in the anniversary year', () => {
    const employee = pppk({ serviceStart: '2026-03-01' });
    const existing = [makeExisting({ start: '2026-11-02', end: '2026-11-06', days: 5 })];
    const input = makeInput({
      employee,
      existing,
      today: '2027-01-04',
      request: { start: '2027-01-12', end: '2027-01-13', detail: { earlyReason: 'FAMILY_ILLNESS' } },
      balances: { 2027: makeBalance() },
    });
    expect(codesOf(validateLeaveRequest(input))).toEqual(['leave.pppk_early_allowance_exceeded']);
  });

  it('does not end leave after the contract', () => {
    const employee = pppk({ serviceStart: '2020-01-01', contractEnd: '2026-07-02' });
    const check = validateLeaveRequest(makeInput({ employee }));
    expect(check.errors).toEqual([{ code: 'leave.after_contract_end', params: { contractEnd: '2026-07-02' } }]);
  });
});
