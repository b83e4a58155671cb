import { describe, expect, it } from 'vitest';
import { type LeaveDetail, resolvePolicy, validateLeaveRequest } from '../../../src/domain/leave';
import { codesOf, makeEmployee, makeExisting, makeInput } from './fixtures';

const pnsWoman = makeEmployee();
const pppkWoman = makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2030-12-31' });

function check(typeCode: string, start: string, end: string, detail: LeaveDetail = {}, employee = pnsWoman) {
  return validateLeaveRequest(makeInput({ employee, request: { typeCode, start, end, detail } }));
}

describe('cuti melahirkan (CM)', () => {
  it.each([1, 2, 3])('gives 3 months for child %i and goes to the official', (childOrder) => {
    const result = check('CM', '2026-07-01', '2026-09-30', { childOrder });
    expect(result.ok).toBe(true);
    expect(result.days).toBe(92);
    expect(result.needsOfficial).toBe(true);
  });

  it('refuses more than 3 months', () => {
    expect(check('CM', '2026-07-01', '2026-10-01', { childOrder: 1 }).errors).toEqual([
      { code: 'leave.too_long', params: { lastDay: '2026-09-30' } },
    ]);
  });

  it('sends a PNS expecting a 4th child to cuti besar', () => {
    expect(check('CM', '2026-07-01', '2026-09-30', { childOrder: 4 }).errors).toEqual([
      { code: 'leave.maternity_use_long_leave', params: { childOrder: 4, max: 3 } },
    ]);
  });

  it('refuses a PPPK expecting a 4th child with its own code', () => {
    expect(codesOf(check('CM', '2026-07-01', '2026-09-30', { childOrder: 4 }, pppkWoman))).toEqual([
      'leave.maternity_child_order_exceeded',
    ]);
    expect(check('CM', '2026-07-01', '2026-09-30', { childOrder: 3 }, pppkWoman).ok).toBe(true);
  });

  it('needs the child order', () => {
    expect(codesOf(check('CM', '2026-07-01', '2026-09-30'))).toEqual(['leave.child_order_required']);
  });

  it('is for women only', () => {
    const man = makeEmployee({ gender: 'M' });
    expect(codesOf(check('CM', '2026-07-01', '2026-09-30', { childOrder: 1 }, man))).toEqual(['leave.maternity_female_only']);
  });
});

describe('cuti karena alasan penting (CAP)', () => {
  it.each(['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FAMILY_ESTATE', 'MARRIAGE', 'SPOUSE_GIVING_BIRTH', 'DISASTER'])(
    'accepts %s for up to 1 month',
    (capReason) => {
      expect(check('CAP', '2026-07-01', '2026-07-31', { capReason }).ok).toBe(true);
    },
  );

  it('refuses more than 1 month', () => {
    expect(check('CAP', '2026-07-01', '2026-08-01', { capReason: 'DISASTER' }).errors).toEqual([
      { code: 'leave.too_long', params: { lastDay: '2026-07-31' } },
    ]);
  });

  it('needs a reason of the regulation', () => {
    expect(codesOf(check('CAP', '2026-07-01', '2026-07-02'))).toEqual(['leave.cap_reason_required']);
    expect(check('CAP', '2026-07-01', '2026-07-02', { capReason: 'VACATION' }).errors).toEqual([
      { code: 'leave.cap_reason_invalid', params: { reason: 'VACATION' } },
    ]);
  });

  it('always goes to the official by default', () => {
    expect(check('CAP', '2026-07-01', '2026-07-01', { capReason: 'MARRIAGE' }).needsOfficial).toBe(true);
  });
});

describe('cuti sakit (CS)', () => {
  it('asks no document for 1 day, a doctor over 1 day, a government doctor over 14', () => {
    expect(check('CS', '2026-07-01', '2026-07-01').requiredDocument).toBe('NONE');
    expect(check('CS', '2026-07-01', '2026-07-02').requiredDocument).toBe('DOCTOR');
    expect(check('CS', '2026-07-01', '2026-07-14').requiredDocument).toBe('DOCTOR');
    expect(check('CS', '2026-07-01', '2026-07-15').requiredDocument).toBe('GOVERNMENT_DOCTOR');
  });

  it('lets the supervisor decide up to 14 days, the official beyond', () => {
    expect(check('CS', '2026-07-01', '2026-07-14').needsOfficial).toBe(false);
    expect(check('CS', '2026-07-01', '2026-07-15').needsOfficial).toBe(true);
  });

  it('gives a PNS up to 1 year', () => {
    expect(check('CS', '2026-07-01', '2027-06-30').ok).toBe(true);
    expect(check('CS', '2026-07-01', '2027-07-01').errors).toEqual([{ code: 'leave.too_long', params: { lastDay: '2027-06-30' } }]);
  });

  it('extends a PNS by 6 months with a health board letter, which is then the document', () => {
    const result = check('CS', '2026-07-01', '2027-12-31', { healthBoardLetter: true });
    expect(result.ok).toBe(true);
    expect(result.requiredDocument).toBe('HEALTH_BOARD');
    expect(codesOf(check('CS', '2026-07-01', '2028-01-01', { healthBoardLetter: true }))).toEqual(['leave.too_long']);
  });

  it('gives a PPPK up to 1 month, without extension', () => {
    expect(check('CS', '2026-07-01', '2026-07-31', {}, pppkWoman).ok).toBe(true);
    expect(codesOf(check('CS', '2026-07-01', '2026-08-01', {}, pppkWoman))).toEqual(['leave.too_long']);
    expect(codesOf(check('CS', '2026-07-01', '2026-08-01', { healthBoardLetter: true }, pppkWoman))).toEqual(['leave.too_long']);
  });

  it('gives 1.5 months after a miscarriage, PNS and PPPK alike', () => {
    for (const employee of [pnsWoman, pppkWoman]) {
      expect(check('CS', '2026-07-01', '2026-08-15', { sickKind: 'MISCARRIAGE' }, employee).ok).toBe(true);
      expect(check('CS', '2026-07-01', '2026-08-16', { sickKind: 'MISCARRIAGE' }, employee).errors).toEqual([
        { code: 'leave.too_long', params: { lastDay: '2026-08-15' } },
      ]);
    }
  });

  it('has no limit after a work accident, except a PPPK contract end', () => {
    expect(check('CS', '2026-07-01', '2028-06-30', { sickKind: 'WORK_ACCIDENT' }).ok).toBe(true);
    expect(check('CS', '2026-07-01', '2030-12-31', { sickKind: 'WORK_ACCIDENT' }, pppkWoman).ok).toBe(true);
    expect(codesOf(check('CS', '2026-07-01', '2031-01-01', { sickKind: 'WORK_ACCIDENT' }, pppkWoman))).toEqual([
      'leave.after_contract_end',
    ]);
  });

  it('counts a year of sick leave from 29 Feb 2028', () => {
    const input = makeInput({ today: '2028-02-29', request: { typeCode: 'CS', start: '2028-02-29', end: '2029-02-28', detail: {} } });
    expect(validateLeaveRequest(input).ok).toBe(true);
    const longer = makeInput({ ...input, request: { ...input.request, end: '2029-03-01' } });
    expect(validateLeaveRequest(longer).errors).toEqual([{ code: 'leave.too_long', params: { lastDay: '2029-02-28' } }]);
  });

  it('does not touch the CT balance', () => {
    const input = makeInput({ request: { typeCode: 'CS', start: '2026-07-01', end: '2026-07-03' }, balances: {} });
    expect(validateLeaveRequest(input).ok).toBe(true);
  });
});

describe('cuti besar (CB) and CLTN', () => {
  it('gives up to 3 months of CB and warns that it forfeits CT', () => {
    const result = check('CB', '2026-08-01', '2026-10-31');
    expect(result).toMatchObject({ ok: true, days: 92, needsOfficial: true, forfeitsAnnualLeave: true });
    expect(check('CB', '2026-08-01', '2026-11-01').errors).toEqual([{ code: 'leave.too_long', params: { lastDay: '2026-10-31' } }]);
  });

  it('needs 30 days notice for CB by default', () => {
    expect(codesOf(check('CB', '2026-07-01', '2026-07-31'))).toEqual(['leave.notice_too_short']);
  });

  it('gives up to 3 years of CLTN', () => {
    expect(check('CLTN', '2026-08-01', '2029-07-31').ok).toBe(true);
    expect(codesOf(check('CLTN', '2026-08-01', '2029-08-01'))).toEqual(['leave.too_long']);
  });

  it('lets an agency give the supervisor the final word on CM', () => {
    const policy = resolvePolicy({ types: { CM: { officialOverDays: null } } });
    const input = makeInput({ policy, request: { typeCode: 'CM', start: '2026-07-01', end: '2026-09-30', detail: { childOrder: 2 } } });
    expect(validateLeaveRequest(input).needsOfficial).toBe(false);
  });
});

describe('CT over 5 working days goes to the official', () => {
  it('stops at the supervisor up to 5 days', () => {
    expect(check('CT', '2026-07-01', '2026-07-07').needsOfficial).toBe(false); // 5 working days
    expect(check('CT', '2026-07-01', '2026-07-08').needsOfficial).toBe(true); // 6
  });
});

describe('travel days for hard-to-reach places', () => {
  const remote = makeEmployee({ hardToReach: true });
  const remotePppk = makeEmployee({ kind: 'PPPK', serviceStart: '2020-01-01', contractEnd: '2030-12-31', hardToReach: true });

  it('adds up to 12 uncharged calendar days for a PNS', () => {
    const result = check('CT', '2026-07-01', '2026-07-03', { travelDays: 12 }, remote);
    expect(result).toMatchObject({ ok: true, days: 3, absenceEnd: '2026-07-15' });
    expect(check('CT', '2026-07-01', '2026-07-03', { travelDays: 13 }, remote).errors).toEqual([
      { code: 'leave.travel_days_exceeded', params: { max: 12, used: 0, requested: 13 } },
    ]);
  });

  it('adds up to 6 for a PPPK', () => {
    expect(check('CT', '2026-07-01', '2026-07-03', { travelDays: 6 }, remotePppk).ok).toBe(true);
    expect(codesOf(check('CT', '2026-07-01', '2026-07-03', { travelDays: 7 }, remotePppk))).toEqual(['leave.travel_days_exceeded']);
  });

  it('counts travel days already granted this year', () => {
    const existing = [makeExisting({ start: '2026-03-02', end: '2026-03-04', travelDays: 8 })];
    const input = makeInput({ employee: remote, existing, request: { detail: { travelDays: 5 } } });
    expect(validateLeaveRequest(input).errors).toEqual([
      { code: 'leave.travel_days_exceeded', params: { max: 12, used: 8, requested: 5 } },
    ]);
  });

  it('refuses travel days off the hard-to-reach list or for other types', () => {
    expect(codesOf(check('CT', '2026-07-01', '2026-07-03', { travelDays: 2 }))).toEqual(['leave.travel_days_not_allowed']);
    expect(codesOf(check('CS', '2026-07-01', '2026-07-03', { travelDays: 2 }, remote))).toEqual(['leave.travel_days_not_allowed']);
  });
});
