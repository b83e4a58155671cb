import { describe, expect, it } from 'vitest';
import { type LeaveDetail, resolvePolicy, validateLeaveRequest } from '../../../src/domain/leave';
import { codesOf, makeEmployee, makeExisting, makeInput } from './fixtures';

type Existing = Parameters<typeof makeExisting>[0];

function check(typeCode: string, start: string, end: string, detail: LeaveDetail, existing: Existing[], extra: Parameters<typeof makeInput>[0] = {}) {
  return validateLeaveRequest(makeInput({ today: '2026-01-05', ...extra, existing: existing.map(makeExisting), request: { typeCode, start, end, detail } }));
}

const firstYearOfSickLeave: Existing = {
  ref: 'CS-2026-000001', typeCode: 'CS', status: 'APPROVED', start: '2026-01-05', end: '2027-01-04', days: 365, detail: { sickKind: 'ILLNESS' },
};

describe('sick leave over time (one illness: 1 year, +6 months with the health board letter)', () => {
  it('refuses a second 12-month sick leave right after the first without the health board letter, naming what was taken', () => {
    const result = check('CS', '2027-01-05', '2028-01-04', { sickKind: 'ILLNESS' }, [firstYearOfSickLeave], { today: '2027-01-05' });
    expect(result.errors).toEqual([
      { code: 'leave.sick_episode_exceeded', params: { since: '2026-01-05', lastDay: '2027-01-04', taken: 365, refs: 'CS-2026-000001' } },
    ]);
  });

  it('allows 6 more months with the health board letter, not a day more', () => {
    const letter = { sickKind: 'ILLNESS' as const, healthBoardLetter: true };
    expect(check('CS', '2027-01-05', '2027-07-04', letter, [firstYearOfSickLeave], { today: '2027-01-05' }).ok).toBe(true);
    expect(check('CS', '2027-01-05', '2027-07-05', letter, [firstYearOfSickLeave], { today: '2027-01-05' }).errors).toEqual([
      { code: 'leave.sick_episode_exceeded', params: { since: '2026-01-05', lastDay: '2027-07-04', taken: 365, refs: 'CS-2026-000001' } },
    ]);
  });

  it('chains requests separated by up to 30 days back to the first day of the illness', () => {
    const parts: Existing[] = [
      { ref: 'CS-A', typeCode: 'CS', status: 'APPROVED', start: '2026-01-05', end: '2026-06-30', days: 177 },
      { ref: 'CS-B', typeCode: 'CS', status: 'PENDING', start: '2026-07-20', end: '2026-12-31', days: 165 },
    ];
    expect(check('CS', '2027-01-25', '2027-01-31', {}, parts, { today: '2027-01-25' }).errors).toEqual([
      { code: 'leave.sick_episode_exceeded', params: { since: '2026-01-05', lastDay: '2027-01-04', taken: 342, refs: 'CS-A, CS-B' } },
    ]);
    // 31 days back to work: a new illness.
    expect(check('CS', '2027-02-01', '2027-02-10', {}, parts, { today: '2027-02-01' }).ok).toBe(true);
  });

  it('counts neither cancelled or rejected requests, nor a miscarriage or work accident with an illness', () => {
    expect(check('CS', '2027-01-05', '2027-03-01', {}, [{ ...firstYearOfSickLeave, status: 'CANCELLED' }], { today: '2027-01-05' }).ok).toBe(true);
    expect(check('CS', '2027-01-05', '2027-02-15', { sickKind: 'MISCARRIAGE' }, [firstYearOfSickLeave], { today: '2027-01-05' }).ok).toBe(true);
  });

  it('holds a PPPK to 1 month over continued requests', () => {
    const pppk = makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2030-12-31' });
    const earlier: Existing = { ref: 'CS-P', typeCode: 'CS', status: 'APPROVED', start: '2026-01-05', end: '2026-01-25', days: 21 };
    expect(codesOf(check('CS', '2026-01-26', '2026-02-10', {}, [earlier], { employee: pppk }))).toEqual(['leave.sick_episode_exceeded']);
    expect(check('CS', '2026-01-26', '2026-02-04', {}, [earlier], { employee: pppk }).ok).toBe(true);
  });
});

describe('CAP and CLTN over time', () => {
  it('holds CAP continued by CAP to 1 month from the first day', () => {
    const earlier: Existing = { ref: 'CAP-1', typeCode: 'CAP', status: 'APPROVED', start: '2026-07-01', end: '2026-07-20', days: 20 };
    const result = check('CAP', '2026-07-21', '2026-08-05', { capReason: 'FAMILY_ILLNESS' }, [earlier], { today: '2026-07-01' });
    expect(result.errors).toEqual([{ code: 'leave.episode_exceeded', params: { since: '2026-07-01', lastDay: '2026-07-31', taken: 20, refs: 'CAP-1' } }]);
    expect(check('CAP', '2026-07-21', '2026-07-31', { capReason: 'FAMILY_ILLNESS' }, [earlier], { today: '2026-07-01' }).ok).toBe(true);
  });

  it('holds CLTN continued by CLTN to 3 years in all', () => {
    const earlier: Existing = { ref: 'CLTN-1', typeCode: 'CLTN', status: 'APPROVED', start: '2026-08-01', end: '2028-07-31', days: 731 };
    expect(codesOf(check('CLTN', '2028-08-01', '2029-12-31', {}, [earlier], { today: '2026-07-01' }))).toEqual(['leave.episode_exceeded']);
    expect(check('CLTN', '2028-08-01', '2029-07-31', {}, [earlier], { today: '2026-07-01' }).ok).toBe(true);
  });
});

describe('cuti besar once every 5 years', () => {
  const taken: Existing = { ref: 'CB-2024-000007', typeCode: 'CB', status: 'APPROVED', start: '2024-03-04', end: '2024-06-03', days: 92 };

  it('refuses a second cuti besar within 5 years of the first, naming it and when the next may start', () => {
    expect(check('CB', '2026-08-03', '2026-09-02', {}, [taken], { today: '2026-06-10' }).errors).toEqual([
      { code: 'leave.long_leave_interval', params: { years: 5, ref: 'CB-2024-000007', last: '2024-03-04', eligibleFrom: '2029-03-04' } },
    ]);
    expect(check('CB', '2029-03-04', '2029-04-03', {}, [taken], { today: '2029-01-10' }).ok).toBe(true);
    expect(check('CB', '2026-08-03', '2026-09-02', {}, [{ ...taken, status: 'REJECTED' }], { today: '2026-06-10' }).ok).toBe(true);
  });

  it('applies every cuti besar rule to a 4th child by default, and exempts the birth where the agency says so', () => {
    const newcomer = makeEmployee({ serviceStart: '2023-01-02' });
    const birth = { childOrder: 4 };
    expect(codesOf(check('CB', '2026-08-03', '2026-11-02', birth, [], { today: '2026-06-10', employee: newcomer }))).toEqual(['leave.service_too_short']);
    const exempting = resolvePolicy({ maternity: { laterChildServiceExempt: true } });
    expect(check('CB', '2026-08-03', '2026-11-02', birth, [], { today: '2026-06-10', employee: newcomer, policy: exempting }).ok).toBe(true);
    expect(check('CB', '2026-08-03', '2026-11-02', birth, [taken], { today: '2026-06-10', policy: exempting }).ok).toBe(true);
  });
});

describe('maternity leave per child', () => {
  it('refuses a second maternity leave for the same child, and takes the next child', () => {
    const first: Existing = { ref: 'CM-2026-000002', typeCode: 'CM', status: 'APPROVED', start: '2026-01-05', end: '2026-04-04', days: 90, detail: { childOrder: 2 } };
    expect(check('CM', '2026-04-05', '2026-07-04', { childOrder: 2 }, [first], { today: '2026-01-05' }).errors).toEqual([
      { code: 'leave.maternity_child_taken', params: { childOrder: 2, ref: 'CM-2026-000002', start: '2026-01-05', end: '2026-04-04' } },
    ]);
    expect(check('CM', '2027-04-05', '2027-07-04', { childOrder: 3 }, [first], { today: '2027-01-05' }).ok).toBe(true);
  });
});
