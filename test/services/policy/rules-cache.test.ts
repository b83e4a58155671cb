import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import type { ActingPerson } from '../../../src/services/delegations/delegation-view';
import { findAuthorizedOfficial, loadLeavePolicy, loadLeavePolicyForUnit, resolveOfficialFor } from '../../../src/services/policy/load-leave-policy';
import { saveLeavePolicy } from '../../../src/services/settings/leave-policy-settings';
import { setUnitOfficials } from '../../../src/services/settings/unit-officials';
import { openDatabase, type Database, type Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

const hr: ActingPerson = { actorType: 'SYSTEM', actorId: null, actorName: 'test', channel: null };

/** `fn` in a transaction of `db`, as a chat turn or an admin request runs it. */
const inTx = <T>(db: Database, fn: (tx: Tx) => Promise<T>) => db.prisma.$transaction((tx) => fn(tx));

/** The Prisma operations `fn` asks of `db`, by model and operation. */
async function operationsOf(db: Database, fn: (tx: Tx) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const counted = db.prisma.$extends({
    query: {
      $allOperations: async ({ model, operation, args, query }) => {
        seen.push(`${model ?? '$raw'}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as Database['prisma'];
  await counted.$transaction((tx) => fn(tx));
  return seen;
}

describe.each(testProviders)('the rules kept per process on %s', (provider) => {
  let db: TestDatabase;
  let other: Database;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    people = await demoPeople(db);
    // A second process on the same database.
    other = await openDatabase(db.url);
  });
  afterEach(async () => {
    await other.close();
    await db.drop();
  });
  const unitOf = () => people.employee.unitId;
  const unitCode = async () => (await db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitOf() }, select: { code: true } })).code;

  it('reads only the version row while the rules stay the same', async () => {
    await inTx(other, (tx) => loadLeavePolicyForUnit(tx, unitOf()));
    await inTx(other, (tx) => findAuthorizedOfficial(tx));
    // The version row is a fixed read of the dialect (on SQLite it bypasses Prisma): counted where it is asked.
    const { reads } = other.dialect;
    const rulesVersion = reads.rulesVersion;
    let versionReads = 0;
    reads.rulesVersion = (tx) => ((versionReads += 1), rulesVersion(tx));
    try {
      const again = await operationsOf(other, async (tx) => {
        await loadLeavePolicyForUnit(tx, unitOf());
        await findAuthorizedOfficial(tx);
      });
      expect(again.filter((op) => !op.startsWith('$raw.'))).toEqual([]);
      expect(versionReads).toBe(2);
    } finally {
      reads.rulesVersion = rulesVersion;
    }
  });

  it('sees a unit’s new rules saved by another process in its next transaction', async () => {
    expect((await inTx(other, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays).not.toBe(9);
    const code = await unitCode();
    await inTx(db, (tx) => saveLeavePolicy(tx, { unitCode: code, overrides: { types: { CT: { noticeDays: 9 } } }, dryRun: false, by: hr }));
    expect((await inTx(other, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays).toBe(9);
    await inTx(db, (tx) => saveLeavePolicy(tx, { unitCode: null, overrides: { types: { CT: { noticeDays: 4 } } }, dryRun: false, by: hr }));
    expect((await inTx(other, (tx) => loadLeavePolicy(tx))).types.CT.noticeDays).toBe(4);
    expect((await inTx(other, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays).toBe(9);
  });

  it('sees a unit’s new official set by another process in its next transaction', async () => {
    const scope = { employeeId: people.employee.id, unitId: unitOf(), typeCode: 'CT' };
    const before = (await inTx(other, (tx) => resolveOfficialFor(tx, scope))).officialId;
    expect(before).not.toBe(people.hr.id);
    const code = await unitCode();
    await inTx(db, (tx) => setUnitOfficials(tx, { code, officials: [{ type: '*', nip: people.hr.nip }], by: hr }));
    expect((await inTx(other, (tx) => resolveOfficialFor(tx, scope))).officialId).toBe(people.hr.id);
    // A write by hand (no service) is seen too: the database changes the version itself.
    await db.prisma.employee.update({ where: { id: people.hr.id }, data: { active: false } });
    expect((await inTx(other, (tx) => resolveOfficialFor(tx, scope))).officialId).toBe(before);
  });

  it('sees a new city-wide official named by hand', async () => {
    expect(await inTx(other, (tx) => findAuthorizedOfficial(tx))).toBe(people.chief.id);
    await db.prisma.policyValue.create({ data: { key: 'leave.officialNip', value: people.hr.nip, updatedBy: 'test' } });
    expect(await inTx(other, (tx) => findAuthorizedOfficial(tx))).toBe(people.hr.id);
  });

  it('forgets what a rolled-back transaction read after its own change', async () => {
    const code = await unitCode();
    const kept = (await inTx(db, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays;
    const undone = inTx(db, async (tx) => {
      await saveLeavePolicy(tx, { unitCode: code, overrides: { types: { CT: { noticeDays: 9 } } }, dryRun: false, by: hr });
      expect((await loadLeavePolicyForUnit(tx, unitOf())).types.CT.noticeDays).toBe(9);
      throw new Error('roll back');
    });
    await expect(undone).rejects.toThrow('roll back');
    expect((await inTx(db, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays).toBe(kept);
    expect((await inTx(other, (tx) => loadLeavePolicyForUnit(tx, unitOf()))).types.CT.noticeDays).toBe(kept);
  });

  it('keeps each database’s rules apart in one process', async () => {
    const second = await createTestDatabase(provider);
    try {
      await seedDemo(second, fixedClock('2026-11-27T03:00:00Z'));
      await second.prisma.policyValue.create({ data: { key: 'leave', value: { types: { CT: { noticeDays: 2 } } }, updatedBy: 'test' } });
      const first = (await inTx(db, (tx) => loadLeavePolicy(tx))).types.CT.noticeDays;
      expect(first).not.toBe(2);
      expect((await inTx(second, (tx) => loadLeavePolicy(tx))).types.CT.noticeDays).toBe(2);
      expect((await inTx(db, (tx) => loadLeavePolicy(tx))).types.CT.noticeDays).toBe(first);
    } finally {
      await second.drop();
    }
  });
});

describe.each(testProviders)('the rules’ version on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
  });
  afterEach(() => db.drop());
  const version = async () => (await db.prisma.rulesVersion.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } })).version;
  /** Whether `write` changed the version. */
  const bumps = async (write: () => Promise<unknown>) => {
    const before = await version();
    await write();
    return (await version()) !== before;
  };

  it('changes with every write the rules read (a trigger on each table: a SQLite migration that redefines one must create it again)', async () => {
    const { employee, hr } = await demoPeople(db);
    const p = db.prisma;
    const changed = {
      policyCreate: await bumps(() => p.policyValue.create({ data: { key: 'leave', value: {}, updatedBy: 't' } })),
      policyUpdate: await bumps(() => p.policyValue.update({ where: { key: 'leave' }, data: { value: { types: {} } } })),
      policyDelete: await bumps(() => p.policyValue.delete({ where: { key: 'leave' } })),
      unitCreate: await bumps(() => p.orgUnit.create({ data: { code: 'NEW', name: 'New' } })),
      unitUpdate: await bumps(() => p.orgUnit.update({ where: { code: 'NEW' }, data: { leavePolicy: { types: {} } } })),
      officialCreate: await bumps(async () => {
        const unit = await p.orgUnit.findUniqueOrThrow({ where: { code: 'NEW' }, select: { id: true } });
        return p.unitOfficial.create({ data: { unitId: unit.id, typeCode: '*', officialId: hr.id, updatedBy: 't' } });
      }),
      officialUpdate: await bumps(() => p.unitOfficial.updateMany({ data: { officialId: employee.id } })),
      officialDelete: await bumps(() => p.unitOfficial.deleteMany({ where: { unit: { code: 'NEW' } } })),
      unitDelete: await bumps(() => p.orgUnit.delete({ where: { code: 'NEW' } })),
      employeeNip: await bumps(() => p.employee.update({ where: { id: employee.id }, data: { nip: '199901012020011999' } })),
      employeeActive: await bumps(() => p.employee.update({ where: { id: employee.id }, data: { active: false } })),
    };
    expect(Object.entries(changed).filter(([, bumped]) => !bumped)).toEqual([]);
    expect(await bumps(() => p.employee.update({ where: { id: hr.id }, data: { name: 'Another name', language: 'en' } }))).toBe(false);
  });

  it('changes when an employee is added or deleted', async () => {
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ select: { id: true } });
    const data = { nip: '199801012020011998', name: 'Baru', kind: 'PNS' as const, rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1998-01-01', gender: 'F' as const };
    expect(await bumps(() => db.prisma.employee.create({ data }))).toBe(true);
    expect(await bumps(() => db.prisma.employee.delete({ where: { nip: data.nip } }))).toBe(true);
  });
});
