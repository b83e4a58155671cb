import { describe, expect, it } from 'vitest';
import { resolvePolicy, validateLeaveRequest } from '../../../src/domain/leave';
import { codesOf, makeBalance, makeInput } from './fixtures';

describe('validateLeaveRequest: a valid request', () => {
  it('passes and reports days, document, deciders and absence', () => {
    const check = validateLeaveRequest(makeInput());
    expect(check).toEqual({
      ok: true,
      errors: [],
      days: 3,
      daysByYear: [{ year: 2026, days: 3 }],
      requiredDocument: 'NONE',
      needsOfficial: false,
      forfeitsAnnualLeave: false,
      absenceEnd: '2026-07-03',
    });
  });
});

describe('validateLeaveRequest: structure, reported alone', () => {
  it('refuses an unknown type', () => {
    const check = validateLeaveRequest(makeInput({ request: { typeCode: 'CX' } }));
    expect(check.errors).toEqual([{ code: 'leave.unknown_type', params: { typeCode: 'CX' } }]);
    expect(check.ok).toBe(false);
  });

  it('refuses a cuti bersama request: it is set by decree', () => {
    expect(codesOf(validateLeaveRequest(makeInput({ request: { typeCode: 'CBERSAMA' } })))).toEqual(['leave.type_not_requestable']);
  });

  it('refuses impossible dates, naming the field', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-02-30', end: '2026-13-01' } }));
    expect(check.errors).toEqual([
      { code: 'leave.invalid_date', params: { field: 'start' } },
      { code: 'leave.invalid_date', params: { field: 'end' } },
    ]);
  });

  it('refuses an end before the start, and nothing else', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-07-03', end: '2026-07-01' }, balances: {} }));
    expect(codesOf(check)).toEqual(['leave.end_before_start']);
    expect(check.days).toBe(0);
  });

  it('refuses a half day over several days or for another type', () => {
    expect(codesOf(validateLeaveRequest(makeInput({ request: { halfDay: 'MORNING' } })))).toEqual(['leave.half_day_not_allowed']);
    const sick = makeInput({ request: { typeCode: 'CS', start: '2026-07-01', end: '2026-07-01', halfDay: 'AFTERNOON' } });
    expect(codesOf(validateLeaveRequest(sick))).toEqual(['leave.half_day_not_allowed']);
  });

  it('refuses a half day when the agency switched half days off', () => {
    const input = makeInput({
      request: { start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING' },
      policy: resolvePolicy({ annual: { halfDayAllowed: false } }),
    });
    expect(codesOf(validateLeaveRequest(input))).toEqual(['leave.half_day_not_allowed']);
  });
});

describe('validateLeaveRequest: days to charge', () => {
  it('accepts a half day of CT and charges 0.5', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-07-01', end: '2026-07-01', halfDay: 'MORNING' } }));
    expect(check.ok).toBe(true);
    expect(check.days).toBe(0.5);
  });

  it('refuses CT on days off only (Christmas, its cuti bersama, a weekend)', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-12-24', end: '2026-12-27' } }));
    expect(codesOf(check)).toEqual(['leave.no_working_days']);
  });

  it('refuses a half day on Natal', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-12-25', end: '2026-12-25', halfDay: 'MORNING' } }));
    expect(codesOf(check)).toEqual(['leave.no_working_days']);
  });
});

describe('validateLeaveRequest: past dates', () => {
  it('refuses CT starting yesterday', () => {
    const check = validateLeaveRequest(makeInput({ request: { start: '2026-06-09', end: '2026-06-10' } }));
    expect(codesOf(check)).toEqual(['leave.start_in_past']);
  });

  it('lets cuti sakit start up to 3 days back', () => {
    const input = makeInput({ request: { typeCode: 'CS', start: '2026-06-07', end: '2026-06-10' } });
    expect(validateLeaveRequest(input).ok).toBe(true);
  });

  it('refuses cuti sakit started 4 days back', () => {
    const check = validateLeaveRequest(makeInput({ request: { typeCode: 'CS', start: '2026-06-06', end: '2026-06-10' } }));
    expect(check.errors).toEqual([{ code: 'leave.sick_backdate_exceeded', params: { days: 3, earliest: '2026-06-07' } }]);
  });

  it('follows the agency backdate setting', () => {
    const input = makeInput({
      request: { typeCode: 'CS', start: '2026-06-06', end: '2026-06-10' },
      policy: resolvePolicy({ sick: { backdateDays: 7 } }),
    });
    expect(validateLeaveRequest(input).ok).toBe(true);
  });
});

describe('validateLeaveRequest: notice period', () => {
  it('asks CT 7 days ahead', () => {
    const early = validateLeaveRequest(makeInput({ request: { start: '2026-06-15', end: '2026-06-15' } }));
    expect(early.errors).toEqual([{ code: 'leave.notice_too_short', params: { days: 7, earliest: '2026-06-17' } }]);
    expect(validateLeaveRequest(makeInput({ request: { start: '2026-06-17', end: '2026-06-17' } })).ok).toBe(true);
  });

  it('lets an emergency lift the notice for CT, CS and CAP', () => {
    const ct = makeInput({ request: { start: '2026-06-11', end: '2026-06-11', detail: { emergency: true } } });
    expect(validateLeaveRequest(ct).ok).toBe(true);
    const cap = makeInput({
      request: { typeCode: 'CAP', start: '2026-06-10', end: '2026-06-12', detail: { capReason: 'FAMILY_DEATH', emergency: true } },
      policy: resolvePolicy({ types: { CAP: { noticeDays: 5 } } }),
    });
    expect(validateLeaveRequest(cap).ok).toBe(true);
  });

  it('does not let an emergency lift the notice of cuti besar', () => {
    const cb = makeInput({ request: { typeCode: 'CB', start: '2026-06-20', end: '2026-07-19', detail: { emergency: true } } });
    expect(codesOf(validateLeaveRequest(cb))).toEqual(['leave.notice_too_short']);
  });

  it('asks 30 days for leave abroad', () => {
    const check = validateLeaveRequest(makeInput({ request: { detail: { abroad: true } } }));
    expect(check.errors).toEqual([{ code: 'leave.abroad_notice_too_short', params: { days: 30, earliest: '2026-07-10' } }]);
    const later = makeInput({ request: { start: '2026-07-10', end: '2026-07-10', detail: { abroad: true } } });
    expect(validateLeaveRequest(later).ok).toBe(true);
  });

  it('follows the agency notice setting', () => {
    const input = makeInput({
      request: { start: '2026-06-12', end: '2026-06-12' },
      policy: resolvePolicy({ types: { CT: { noticeDays: 2 } } }),
    });
    expect(validateLeaveRequest(input).ok).toBe(true);
  });

  it('lists every problem it finds, most fundamental first', () => {
    const input = makeInput({ request: { start: '2026-06-08', end: '2026-06-12' }, balances: { 2026: makeBalance({ used: 12 }) } });
    expect(codesOf(validateLeaveRequest(input))).toEqual(['leave.start_in_past', 'leave.insufficient_balance']);
  });
});
