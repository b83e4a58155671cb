import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/domain/app-error';
import { deepMerge, defaultLeavePolicy, leavePolicySchema, policyValueSchema, resolvePolicy } from '../../../src/domain/leave';

function policyError(run: () => unknown): { code: string; detail: string } {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, detail: String(error.params.detail) };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('defaultLeavePolicy carries the regulation', () => {
  const p = defaultLeavePolicy;

  it('is valid against its own schema', () => {
    expect(leavePolicySchema.parse(p)).toEqual(p);
  });

  it('gives PPPK only CT, CS, CM and cuti bersama', () => {
    const forPppk = Object.entries(p.types).filter(([, r]) => r.kinds.includes('PPPK')).map(([code]) => code);
    expect(forPppk.sort()).toEqual(['CBERSAMA', 'CM', 'CS', 'CT']);
    expect(Object.values(p.types).every((r) => r.kinds.includes('PNS'))).toBe(true);
  });

  it('counts CT in working days and the other types in calendar days', () => {
    expect(p.types.CT.unit).toBe('WORKING_DAYS');
    for (const code of ['CB', 'CS', 'CM', 'CAP', 'CLTN'] as const) expect(p.types[code].unit).toBe('CALENDAR_DAYS');
  });

  it('has the lengths: CB 3 months, CS 1 year / 1 month, miscarriage 1.5 months, CM 3, CAP 1, CLTN 36 months', () => {
    expect(p.types.CB.maxLength.PNS).toEqual({ months: 3, days: 0 });
    expect(p.types.CS.maxLength).toEqual({ PNS: { months: 12, days: 0 }, PPPK: { months: 1, days: 0 } });
    expect(p.sick.miscarriage).toEqual({ months: 1, days: 15 });
    expect(p.sick.healthBoardExtension).toEqual({ months: 6, days: 0 });
    expect(p.types.CM.maxLength).toEqual({ PNS: { months: 3, days: 0 }, PPPK: { months: 3, days: 0 } });
    expect(p.types.CAP.maxLength.PNS).toEqual({ months: 1, days: 0 });
    expect(p.types.CLTN.maxLength.PNS).toEqual({ months: 36, days: 0 });
  });

  it('has the service years: CT 1, CB 5, CLTN 5, first hajj exempt', () => {
    expect([p.types.CT.minServiceYears, p.types.CB.minServiceYears, p.types.CLTN.minServiceYears]).toEqual([1, 5, 5]);
    expect(p.longLeave.firstHajjExempt).toBe(true);
  });

  it('has the annual numbers: 12 days, carry-over 18/24, hard-to-reach +12/+6, PPPK early 6', () => {
    expect(p.annual).toMatchObject({
      entitlementDays: 12,
      carryOverCap: 18,
      carryOverCapLong: 24,
      longUnusedYears: 2,
      hardToReachExtraDays: { PNS: 12, PPPK: 6 },
      pppkEarlyDays: 6,
      pppkCarryOverContractYears: 2,
      pppkCarryOverLongContractYears: 3,
    });
    expect(p.annual.pppkEarlyReasons).toEqual(['FAMILY_ILLNESS', 'FAMILY_DEATH', 'FIRST_MARRIAGE']);
  });

  it('has the document thresholds: doctor over 1 day, government doctor over 14', () => {
    expect(p.sick.doctorLetterOverDays).toBe(1);
    expect(p.sick.governmentDoctorOverDays).toBe(14);
  });

  it('has the local defaults documented in default-policy.ts', () => {
    expect(p.types.CT.noticeDays).toBe(7);
    expect(p.abroadNoticeDays).toBe(30);
    expect(p.calendar.sixDayWeek).toBe(false);
    expect(p.types.CT.officialOverDays).toBe(5);
    expect(p.types.CS.officialOverDays).toBe(14);
    for (const code of ['CB', 'CLTN', 'CM', 'CAP'] as const) expect(p.types[code].officialOverDays).toBe(0);
    expect(p.types.CBERSAMA.requestable).toBe(false);
    expect(p.sick.backdateDays).toBe(3);
    expect(p.reminders).toEqual({ remindAfterWorkingDays: [1, 3], escalateAfterWorkingDays: 5 });
  });
});

describe('resolvePolicy', () => {
  it('returns the defaults without overrides', () => {
    expect(resolvePolicy(undefined)).toEqual(defaultLeavePolicy);
    expect(resolvePolicy(null)).toEqual(defaultLeavePolicy);
    expect(resolvePolicy({})).toEqual(defaultLeavePolicy);
  });

  it('deep-merges an agency override and keeps every other value', () => {
    const p = resolvePolicy({ types: { CT: { noticeDays: 3 } }, calendar: { sixDayWeek: true } });
    expect(p.types.CT.noticeDays).toBe(3);
    expect(p.types.CT.officialOverDays).toBe(5);
    expect(p.types.CB).toEqual(defaultLeavePolicy.types.CB);
    expect(p.calendar).toEqual({ sixDayWeek: true, excludedHolidayKinds: ['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'] });
  });

  it('replaces arrays instead of merging them', () => {
    const p = resolvePolicy({ calendar: { excludedHolidayKinds: ['NATIONAL'] } });
    expect(p.calendar.excludedHolidayKinds).toEqual(['NATIONAL']);
  });

  it('lets an agency make the official decide every CT (0) or never (null)', () => {
    expect(resolvePolicy({ types: { CT: { officialOverDays: 0 } } }).types.CT.officialOverDays).toBe(0);
    expect(resolvePolicy({ types: { CT: { officialOverDays: null } } }).types.CT.officialOverDays).toBeNull();
  });

  it('does not change the defaults it merges into', () => {
    resolvePolicy({ types: { CT: { noticeDays: 1 } } });
    expect(defaultLeavePolicy.types.CT.noticeDays).toBe(7);
  });

  it('rejects a value of the wrong type, naming the path', () => {
    const error = policyError(() => resolvePolicy({ types: { CT: { noticeDays: -1 } } }));
    expect(error.code).toBe('leave.policy_invalid');
    expect(error.detail).toContain('types.CT.noticeDays');
  });

  it('rejects an unknown key (a typo must not pass silently)', () => {
    const error = policyError(() => resolvePolicy({ annual: { carryOverCapp: 20 } }));
    expect(error.code).toBe('leave.policy_invalid');
    expect(error.detail).toContain('annual');
  });

  it('rejects overrides that are not an object', () => {
    expect(policyError(() => resolvePolicy([1, 2])).code).toBe('leave.policy_invalid');
    expect(policyError(() => resolvePolicy('strict')).code).toBe('leave.policy_invalid');
  });

  it('ignores __proto__ keys instead of polluting prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "abroadNoticeDays": 20}') as unknown;
    const p = resolvePolicy(hostile);
    expect(p.abroadNoticeDays).toBe(20);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('deepMerge', () => {
  it('merges nested objects and lets scalars and arrays replace', () => {
    expect(deepMerge({ a: { b: 1, c: [1] }, d: 1 }, { a: { c: [2] }, d: 2 })).toEqual({ a: { b: 1, c: [2] }, d: 2 });
  });

  it('keeps the base where the override is undefined', () => {
    expect(deepMerge({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
});

describe('policyValueSchema', () => {
  it('is the part of the rules\' schema that checks one value, by its path', () => {
    const reminders = policyValueSchema('reminders.remindAfterWorkingDays')!;
    expect(reminders.safeParse([1, 3]).success).toBe(true);
    expect(reminders.safeParse([1, -2]).success).toBe(false);
    expect(policyValueSchema('calendar.excludedHolidayKinds')!.safeParse(['LIBUR']).success).toBe(false);
    expect(policyValueSchema('types.CT.noticeDays')!.safeParse(7).success).toBe(true);
  });

  it('names nothing for a path outside the rules', () => {
    for (const path of ['reminders.nope', 'reminders.remindAfterWorkingDays.0', 'types.__proto__', 'constructor', '']) expect(policyValueSchema(path)).toBeUndefined();
  });
});
