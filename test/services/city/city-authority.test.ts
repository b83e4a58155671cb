import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { buildApprovalChain, defaultLeavePolicy, type LeaveTypeCode } from '../../../src/domain/leave';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { reviewProfileChange } from '../../../src/services/profile/review-profile-change';
import { loadAuthorityContext } from '../../../src/services/policy/authority-context';
import { loadLeavePolicyForUnit } from '../../../src/services/policy/load-leave-policy';
import type { Tx } from '../../../src/store/database';
import { CITY_SETDA, type City, generateCity } from '../../../src/store/seed/generate-city';
import { insertCity } from '../../../src/store/seed/insert-city';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';

const DAYS: Record<'CT' | 'CB' | 'CLTN', number> = { CT: 10, CB: 60, CLTN: 365 };

/** The official the city's rules mean for this person and type, worked out from the generator's plan alone. */
function expectedOfficial(city: City, nip: string, agency: string, type: 'CT' | 'CB' | 'CLTN'): string {
  if (nip === city.sekdaNip) return city.mayorNip;
  if (type !== 'CT' || agency === CITY_SETDA) return city.sekdaNip;
  return city.agencyHeads[agency] === nip ? city.sekdaNip : city.agencyHeads[agency]!;
}

describe.each(testProviders)('the generated city on %s', (provider) => {
  let db: TestDatabase;
  let city: City;
  let ids: Awaited<ReturnType<typeof insertCity>>;
  const tx = () => db.prisma as unknown as Tx;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    city = generateCity(10_000);
    ids = await insertCity(db, city, 2026);
  }, 120_000);
  afterAll(() => db?.drop());

  it('has 30+ OPD with sub-units and 10,000 employees', async () => {
    expect(Object.keys(city.agencyHeads).length).toBeGreaterThanOrEqual(30);
    expect(await db.prisma.employee.count()).toBe(10_000);
    expect(await db.prisma.orgUnit.count()).toBeGreaterThan(400);
    expect(await db.prisma.unitOfficial.count()).toBe(Object.keys(city.agencyHeads).length + 1);
  });

  it('resolves cuti tahunan, cuti besar and CLTN of every employee to a chain ending at the right official', async () => {
    const context = await loadAuthorityContext(tx());
    const people = await db.prisma.employee.findMany({ select: { id: true, nip: true, unitId: true, supervisorId: true } });
    const agencyOf = new Map(city.employees.map((e) => [e.nip, e.agencyCode]));
    const nameOf = new Map([...ids.employees].map(([nip, id]) => [id, nip]));
    const wrong: string[] = [];
    let chains = 0;
    for (const person of people) {
      if (person.nip === city.mayorNip) continue;
      for (const type of ['CT', 'CB', 'CLTN'] as const) {
        const { officialId } = context.resolve(person, type);
        const chain = buildApprovalChain({
          employee: person, units: context.units, typeCode: type as LeaveTypeCode, days: DAYS[type], policy: defaultLeavePolicy,
          officialId, delegations: [], today: '2026-11-27',
        });
        const want = expectedOfficial(city, person.nip, agencyOf.get(person.nip)!, type);
        const last = chain.ok ? nameOf.get(chain.steps.at(-1)!.approverId) : 'no chain';
        if (last !== want || (chain.ok && chain.steps.some((s) => s.approverId === person.id))) wrong.push(`${person.nip} ${type}: ${last} (want ${want})`);
        chains += 1;
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(chains).toBe(3 * 9_999);
  });

  it('sends the Sekda’s own cuti besar to the Wali Kota, deciding on their own authority', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z');
    const sekda = ids.employees.get(city.sekdaNip)!;
    const view = await db.prisma.$transaction((t) =>
      submitLeave(t as Tx, { clock }, {
        employeeId: sekda, actor: { type: 'SYSTEM', name: 'test' }, typeCode: 'CB', start: '2027-01-04', end: '2027-02-03',
        reason: 'Ibadah', address: 'Serang', detail: {},
      }),
    );
    const steps = await db.prisma.approvalStep.findMany({ where: { request: { ref: view.ref } }, select: { approverId: true, authority: true } });
    expect(steps).toEqual([{ approverId: ids.employees.get(city.mayorNip)!, authority: { unit: 'Pemerintah Kota Serang', grantor: 'Wali Kota', own: true } }]);
  });

  it('routes a card to the delegate only while the delegation runs', async () => {
    const delegation = city.delegations[0]!;
    const unitCode = city.units.find((u) => u.headNip === delegation.fromNip)!.code;
    const requester = city.employees.find((e) => e.unitCode === unitCode && e.nip !== delegation.fromNip && e.nip !== delegation.toNip && e.kind === 'PNS')!;
    const submitOn = async (day: string, start: string) => {
      const clock = fixedClock(`${day}T03:00:00Z`);
      const view = await db.prisma.$transaction((t) =>
        submitLeave(t as Tx, { clock }, {
          employeeId: ids.employees.get(requester.nip)!, actor: { type: 'SYSTEM', name: 'test' }, typeCode: 'CT', start, end: start,
          reason: 'Keperluan keluarga', address: 'Serang',
        }),
      );
      return db.prisma.approvalStep.findFirstOrThrow({ where: { request: { ref: view.ref }, order: 1 }, select: { approverId: true, delegateId: true } });
    };
    const during = await submitOn(delegation.startDate, '2027-01-12');
    expect(during).toEqual({ approverId: ids.employees.get(delegation.fromNip)!, delegateId: ids.employees.get(delegation.toNip)! });
    const after = await submitOn('2026-12-28', '2027-01-13');
    expect(after).toEqual({ approverId: ids.employees.get(delegation.fromNip)!, delegateId: null });
  });

  it('applies an approved profile change to the employee and tells them', async () => {
    const someone = city.employees[500]!;
    const id = ids.employees.get(someone.nip)!;
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '8800500', employeeId: id, verifiedAt: new Date('2026-11-01T00:00:00Z') } });
    const request = await db.prisma.profileChangeRequest.create({ data: { employeeId: id, field: 'address', newValue: 'Jl. Maulana Hasanudin No. 5, Serang' }, select: { id: true } });
    const hr = { actorType: 'HR_TOKEN' as const, actorId: ids.employees.get(city.employees.find((e) => e.role === 'HR')!.nip)!, actorName: 'HR', channel: 'ADMIN_API' };
    await db.prisma.$transaction((t) => reviewProfileChange(t as Tx, new Date('2026-11-27T03:00:00Z'), { id: request.id, approve: true, by: hr }));
    expect((await db.prisma.employee.findUniqueOrThrow({ where: { id }, select: { address: true } })).address).toBe('Jl. Maulana Hasanudin No. 5, Serang');
    const told = await db.prisma.outboxMessage.findMany({ where: { chatId: '8800500' }, select: { payload: true } });
    expect(told.some((m) => JSON.stringify(m.payload).includes('Jl. Maulana Hasanudin No. 5, Serang'))).toBe(true);
  });

  it('applies an agency’s policy override to that agency and not to another', async () => {
    const [a, b] = ['OPD01', 'OPD02'];
    await db.prisma.orgUnit.update({ where: { code: a }, data: { leavePolicy: { types: { CT: { noticeDays: 14 } } } } });
    const seksiOf = (opd: string) => ids.units.get(`${opd}-B2-S1`)!;
    expect((await loadLeavePolicyForUnit(tx(), seksiOf(a))).types.CT.noticeDays).toBe(14);
    expect((await loadLeavePolicyForUnit(tx(), seksiOf(b))).types.CT.noticeDays).toBe(7);
  });
});
