import { describe, expect, it } from 'vitest';
import { type AuthorityInput, escalationTarget, resolveAuthorizedOfficial, type UnitNode } from '../../../src/domain/leave';

// City (1, Wali Kota 100) > Setda (2, Sekda 200) > Dinas (3, Kadis 300) > Bidang (4, Kabid 400); staff 401 in Bidang.
const units: UnitNode[] = [
  { id: 1, parentId: null, headId: 100 },
  { id: 2, parentId: 1, headId: 200 },
  { id: 3, parentId: 2, headId: 300 },
  { id: 4, parentId: 3, headId: 400 },
];
const officials = [
  { unitId: 2, typeCode: '*', officialId: 200 },
  { unitId: 3, typeCode: '*', officialId: 300 },
];
const base = (employee: { id: number; unitId: number }, typeCode: string, extra: Partial<AuthorityInput> = {}): AuthorityInput => ({
  employee, typeCode, units, officials, city: { aboveAgency: { CB: 2, CLTN: 2 }, grantor: 'Wali Kota' }, defaultOfficialId: 100, ...extra,
});

describe('the authorized official of a request', () => {
  it('is the agency head for annual leave of anyone below them, by delegation', () => {
    expect(resolveAuthorizedOfficial(base({ id: 401, unitId: 4 }, 'CT'))).toEqual({ officialId: 300, unitId: 3, own: false });
    expect(resolveAuthorizedOfficial(base({ id: 400, unitId: 4 }, 'CT'))).toEqual({ officialId: 300, unitId: 3, own: false });
  });

  it('goes above the agency for the types the city names (cuti besar, CLTN to the Sekda)', () => {
    expect(resolveAuthorizedOfficial(base({ id: 401, unitId: 4 }, 'CB'))).toEqual({ officialId: 200, unitId: 2, own: false });
    expect(resolveAuthorizedOfficial(base({ id: 300, unitId: 3 }, 'CLTN'))).toEqual({ officialId: 200, unitId: 2, own: false });
  });

  it('never names the requester: the agency head goes to the Sekda, the Sekda to the Wali Kota on their own authority', () => {
    expect(resolveAuthorizedOfficial(base({ id: 300, unitId: 3 }, 'CT'))).toEqual({ officialId: 200, unitId: 2, own: false });
    expect(resolveAuthorizedOfficial(base({ id: 200, unitId: 2 }, 'CT'))).toEqual({ officialId: 100, unitId: 1, own: true });
    expect(resolveAuthorizedOfficial(base({ id: 200, unitId: 2 }, 'CB'))).toEqual({ officialId: 100, unitId: 1, own: true });
    expect(resolveAuthorizedOfficial(base({ id: 100, unitId: 1 }, 'CT'))).toBeNull();
  });

  it('prefers a rule for the type over the unit’s rule for every type, and inherits from the parent', () => {
    const typed = [...officials, { unitId: 3, typeCode: 'CS', officialId: 401 }];
    expect(resolveAuthorizedOfficial(base({ id: 400, unitId: 4 }, 'CS', { officials: typed }))).toEqual({ officialId: 401, unitId: 3, own: false });
    expect(resolveAuthorizedOfficial(base({ id: 400, unitId: 4 }, 'CT', { officials: typed }))).toEqual({ officialId: 300, unitId: 3, own: false });
  });

  it('falls back to the city-wide official when no unit names one', () => {
    expect(resolveAuthorizedOfficial(base({ id: 401, unitId: 4 }, 'CT', { officials: [], city: { aboveAgency: {}, grantor: 'Wali Kota' } })))
      .toEqual({ officialId: 100, unitId: null, own: true });
  });
});

describe('escalation', () => {
  it('follows the unit tree: a member goes to the unit head, a head to the parent unit’s head', () => {
    expect(escalationTarget({ id: 401, supervisorId: null, unitId: 4 }, units, 999)).toBe(400);
    expect(escalationTarget({ id: 400, supervisorId: null, unitId: 4 }, units, 999)).toBe(300);
    expect(escalationTarget({ id: 400, supervisorId: null, unitId: 4 }, units, 300)).toBe(200);
  });

  it('uses the supervisor on record only when the tree has nobody above, and never the requester', () => {
    expect(escalationTarget({ id: 100, supervisorId: 555, unitId: 1 }, units, 999)).toBe(555);
    expect(escalationTarget({ id: 100, supervisorId: 999, unitId: 1 }, units, 999)).toBeNull();
  });
});
