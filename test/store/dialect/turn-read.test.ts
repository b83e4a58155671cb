import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/chat/inbound-message';
import { actsForOthers } from '../../../src/services/employees/find-proxy-subjects';
import { isApprover } from '../../../src/services/employees/is-approver';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { actorOf, linkIdentity } from '../../support/factories';
import { fixedClock } from '../../../src/clock';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const message = (externalId: string, n: number): InboundMessage => ({
  channel: 'TELEGRAM',
  chatId: externalId,
  eventId: `turn-read-${n}`,
  sender: { externalId },
  content: { kind: 'text', text: 'menu' },
  receivedAt: new Date('2026-12-01T02:00:00Z'),
});

/**
 * The turn's first statement reads the chat's employee with the facts the
 * rules and the menu ask (src/store/dialect/turn-read-row.ts), in each
 * dialect's SQL: it must agree with the services that answer the same
 * questions on their own, for every kind of person.
 */
describe.each(testProviders)('the turn read on %s', (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(new Date('2026-12-01T02:00:00Z')));
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } });
    const person = (n: number) =>
      db.prisma.employee.create({
        data: { nip: `19900101202601100${n}`, name: `Uji ${n}`, kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'F' },
      });
    // Cases the seed lacks: a delegate and an approver with only a step waiting,
    // a supervisor whose only subordinate left, a hard-to-reach unit, a contract.
    const [delegate, approver, owner, leaver, far] = [await person(1), await person(2), await person(3), await person(4), await person(5)];
    const request = await db.prisma.leaveRequest.create({
      data: {
        ref: 'CT-TR-1', employeeId: owner.id, typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-15', days: 2,
        reason: 'Keluarga', address: 'Serang', submittedById: owner.id,
      },
    });
    await db.prisma.approvalStep.create({ data: { requestId: request.id, order: 1, role: 'SUPERVISOR', token: 'tr-1', approverId: approver.id, delegateId: delegate.id, status: 'PENDING' } });
    await db.prisma.employee.update({ where: { id: leaver.id }, data: { supervisorId: far.id, active: false } });
    await db.prisma.orgUnit.update({ where: { id: unit.id }, data: { hardToReach: true } });
    await db.prisma.employee.update({ where: { id: far.id }, data: { kind: 'PPPK', contractStart: '2024-01-01', contractEnd: '2028-12-31', phone: '6281234500001' } });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('gives every active employee the facts and standing the services give them', async () => {
    const people = await db.prisma.employee.findMany({ where: { active: true }, select: { id: true, nip: true }, orderBy: { id: 'asc' } });
    const messages: InboundMessage[] = [];
    const identities = new Map<InboundMessage, { employeeId: number; identityId: number }>();
    for (const [n, p] of people.entries()) {
      const m = message(`tr-${p.id}`, n);
      identities.set(m, { employeeId: p.id, identityId: await linkIdentity(db, 'TELEGRAM', m.sender.externalId, p.nip) });
      messages.push(m);
    }
    const batch = await db.prisma.$transaction((tx) => tx.$dialect.turns.begin(tx, messages));
    const standings = { approver: 0, proxy: 0, hardToReach: 0 };
    for (const m of messages) {
      const { employeeId, identityId } = identities.get(m)!;
      const read = batch.reads.get(m)!;
      expect(read.seen).toBe(false);
      expect(read.identity?.verified).toBe(true);
      const { id, language: _language, active, ...facts } = read.identity!.employee!;
      expect(active).toBe(true);
      const expected = await actorOf(db, employeeId, identityId);
      expect({ employeeId: id, identityId, ...facts }).toEqual(expected);
      expect(facts.approver).toBe(await isApprover(db.prisma, employeeId));
      expect(facts.proxy).toBe(await actsForOthers(db.prisma, employeeId));
      standings.approver += Number(facts.approver);
      standings.proxy += Number(facts.proxy);
      standings.hardToReach += Number(facts.hardToReach);
    }
    // The cases are all there: some approve and some do not, and so on.
    expect(standings.approver).toBeGreaterThan(2);
    expect(standings.approver).toBeLessThan(messages.length);
    expect(standings.proxy).toBeGreaterThan(1);
    expect(standings.proxy).toBeLessThan(messages.length);
    expect(standings.hardToReach).toBeGreaterThan(0);
  });

  it('reads a chat without an identity as nobody', async () => {
    const m = message('tr-stranger', 9999);
    const batch = await db.prisma.$transaction((tx) => tx.$dialect.turns.begin(tx, [m]));
    expect(batch.reads.get(m)).toEqual({ seen: false, session: null, identity: null });
  });
});
