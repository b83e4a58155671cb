import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { defaultLeavePolicy } from '../../../src/domain/leave';
import { findAuthorizedOfficial, loadAgencyLeavePolicy, loadLeavePolicy } from '../../../src/services/policy/load-leave-policy';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

describe.each(testProviders)('the agency leave policy on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
  });
  afterEach(async () => {
    await db.drop();
  });
  const tx = () => db.prisma as unknown as Tx;

  it('is the regulation’s defaults when the agency set nothing', async () => {
    expect(await loadLeavePolicy(tx())).toEqual(defaultLeavePolicy);
  });

  it('merges the agency’s overrides over the defaults', async () => {
    await db.prisma.policyValue.create({ data: { key: 'leave', value: { types: { CT: { noticeDays: 3, officialOverDays: 10 } } }, updatedBy: 'test' } });
    const policy = await loadLeavePolicy(tx());
    expect(policy.types.CT).toMatchObject({ noticeDays: 3, officialOverDays: 10, minServiceYears: 1 });
    expect(policy.annual.entitlementDays).toBe(12);
  });

  it('refuses overrides that are not valid rather than guessing', async () => {
    await db.prisma.policyValue.create({ data: { key: 'leave', value: { types: { CT: { noticeDayz: 3 } } }, updatedBy: 'test' } });
    await expect(loadLeavePolicy(tx())).rejects.toMatchObject({ code: 'leave.policy_invalid' });
  });

  it('takes the head of the root unit as the authorized official, unless a NIP is set', async () => {
    const { chief, hr, employee } = await demoPeople(db);
    expect(await findAuthorizedOfficial(tx())).toBe(chief.id);
    await db.prisma.policyValue.create({ data: { key: 'leave.officialNip', value: hr.nip, updatedBy: 'test' } });
    const scope = { employeeId: employee.id, unitId: employee.unitId, typeCode: 'CT' };
    expect(await loadAgencyLeavePolicy(tx(), scope)).toMatchObject({ officialId: hr.id, authority: { unit: null, grantor: 'Wali Kota' } });
    await db.prisma.policyValue.update({ where: { key: 'leave.officialNip' }, data: { value: '000000000000000000' } });
    expect(await findAuthorizedOfficial(tx())).toBe(chief.id);
  });
});
