import { describe, expect, it } from 'vitest';
import {
  buildApprovalChain,
  type ChainInput,
  type Delegation,
  directApprover,
  headAbove,
  type UnitNode,
} from '../../../src/domain/leave';
import { policy } from './fixtures';

/**
 * Dinas (1, head 100) > Bidang A (2, head 200) > Seksi A1 (3, head 300), Seksi A2 (4, vacant);
 * Dinas > Bidang B (5, vacant) > Seksi B1 (6, head 600). The official is 100, the head of the agency.
 */
const units: UnitNode[] = [
  { id: 1, parentId: null, headId: 100 },
  { id: 2, parentId: 1, headId: 200 },
  { id: 3, parentId: 2, headId: 300 },
  { id: 4, parentId: 2, headId: null },
  { id: 5, parentId: 1, headId: null },
  { id: 6, parentId: 5, headId: 600 },
];

const staff = { id: 301, supervisorId: 300, unitId: 3 };

function chain(overrides: Partial<ChainInput> = {}) {
  const result = buildApprovalChain({
    employee: staff,
    units,
    typeCode: 'CT',
    days: 3,
    policy,
    officialId: 100,
    delegations: [],
    today: '2026-06-10',
    ...overrides,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.steps;
}

describe('directApprover', () => {
  it('is the supervisor on record for staff', () => {
    expect(directApprover(staff, units)).toBe(300);
    expect(directApprover({ id: 302, supervisorId: 250, unitId: 3 }, units)).toBe(250);
  });

  it('is the unit head when no supervisor is on record, or the next head up when the unit is vacant', () => {
    expect(directApprover({ id: 302, supervisorId: null, unitId: 3 }, units)).toBe(300);
    expect(directApprover({ id: 401, unitId: 4 }, units)).toBe(200);
  });

  it('sends a unit head’s request to the parent unit’s head, whatever the record says', () => {
    expect(directApprover({ id: 300, supervisorId: 301, unitId: 3 }, units)).toBe(200);
    expect(directApprover({ id: 600, unitId: 6 }, units)).toBe(100);
  });

  it('never names the employee as their own approver', () => {
    expect(directApprover({ id: 302, supervisorId: 302, unitId: 3 }, units)).toBe(300);
    expect(directApprover({ id: 100, unitId: 1 }, units)).toBeNull();
  });
});

describe('headAbove', () => {
  it('stops on a broken tree instead of looping', () => {
    const loop: UnitNode[] = [
      { id: 7, parentId: 8, headId: null },
      { id: 8, parentId: 7, headId: null },
    ];
    expect(headAbove(loop, 7, [])).toBeNull();
    expect(headAbove(units, 99, [])).toBeNull();
  });
});

describe('buildApprovalChain', () => {
  it('lets the supervisor decide a short CT alone', () => {
    expect(chain()).toEqual([{ order: 1, role: 'SUPERVISOR', approverId: 300 }]);
  });

  it('adds the official for CT over 5 working days, CS over 14 days and always for CB, CM, CAP, CLTN', () => {
    const twoSteps = [
      { order: 1, role: 'SUPERVISOR', approverId: 300 },
      { order: 2, role: 'OFFICIAL', approverId: 100 },
    ];
    expect(chain({ days: 6 })).toEqual(twoSteps);
    expect(chain({ typeCode: 'CS', days: 14 })).toHaveLength(1);
    expect(chain({ typeCode: 'CS', days: 15 })).toEqual(twoSteps);
    for (const typeCode of ['CB', 'CM', 'CAP', 'CLTN'] as const) expect(chain({ typeCode, days: 1 })).toEqual(twoSteps);
  });

  it('drops the official step when the official is the supervisor', () => {
    const head = { id: 200, supervisorId: null, unitId: 2 };
    expect(chain({ employee: head, typeCode: 'CB', days: 90 })).toEqual([{ order: 1, role: 'SUPERVISOR', approverId: 100 }]);
  });

  it('lets the official decide alone when no supervisor can be found', () => {
    const orphan = { id: 700, unitId: 99 };
    expect(chain({ employee: orphan })).toEqual([{ order: 1, role: 'OFFICIAL', approverId: 100 }]);
  });

  it('never lets the official decide their own request', () => {
    const agencyHead = { id: 100, unitId: 1 };
    expect(chain({ employee: agencyHead, officialId: 900, typeCode: 'CB', days: 30 })).toEqual([
      { order: 1, role: 'OFFICIAL', approverId: 900 },
    ]);
    const result = buildApprovalChain({ employee: agencyHead, units, typeCode: 'CT', days: 2, policy, officialId: 100, delegations: [], today: '2026-06-10' });
    expect(result).toEqual({ ok: false, error: { code: 'leave.no_approver', params: {} } });
  });

  it('follows the agency’s threshold for CT', () => {
    const strict = { ...policy, types: { ...policy.types, CT: { ...policy.types.CT, officialOverDays: 0 } } };
    expect(chain({ policy: strict, days: 1 })).toHaveLength(2);
  });
});

describe('delegation', () => {
  const away: Delegation = { fromId: 300, toId: 302, startDate: '2026-06-08', endDate: '2026-06-12' };

  it('names the delegate of an approver away today', () => {
    expect(chain({ delegations: [away] })).toEqual([{ order: 1, role: 'SUPERVISOR', approverId: 300, delegateId: 302 }]);
  });

  it('ignores a delegation not covering today', () => {
    expect(chain({ delegations: [away], today: '2026-06-13' })).toEqual([{ order: 1, role: 'SUPERVISOR', approverId: 300 }]);
    expect(chain({ delegations: [away], today: '2026-06-12' })[0]?.delegateId).toBe(302);
  });

  it('never delegates to the requester', () => {
    const toRequester = { ...away, toId: 301 };
    expect(chain({ delegations: [toRequester] })[0]?.delegateId).toBeUndefined();
  });

  it('takes the most recent delegation when several cover today', () => {
    const later = { fromId: 300, toId: 303, startDate: '2026-06-10', endDate: '2026-06-10' };
    expect(chain({ delegations: [away, later] })[0]?.delegateId).toBe(303);
  });

  it('delegates the official step too', () => {
    const officialAway = { fromId: 100, toId: 110, startDate: '2026-06-01', endDate: '2026-06-30' };
    expect(chain({ days: 6, delegations: [officialAway] })[1]).toEqual({ order: 2, role: 'OFFICIAL', approverId: 100, delegateId: 110 });
  });
});
