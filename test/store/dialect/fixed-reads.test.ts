import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { insideTransaction } from '../../../src/store/dialect/row-reader';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

/**
 * The dialect's fixed reads (src/store/dialect/fixed-reads.ts) replace
 * Prisma's query builder on a turn's hottest reads: each must give what
 * Prisma gives for the same rows, in each database, with the values Prisma
 * would type (times as Date, flags as booleans, JSON parsed, enums as text).
 */
describe.each(testProviders)('the fixed reads on %s', (provider) => {
  let db: TestDatabase;
  let owner: { id: number };
  let requestIds: number[];
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(new Date('2026-12-01T02:00:00Z')));
    const unit = await db.prisma.orgUnit.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } });
    const person = (n: number) =>
      db.prisma.employee.create({
        data: { nip: `19900101202601200${n}`, name: `Baca ${n}`, kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'F' },
      });
    const [o, approver, delegate] = [await person(1), await person(2), await person(3)];
    owner = o;
    const request = (n: number, status: 'PENDING' | 'APPROVED' | 'CANCELLED', extra: object = {}) =>
      db.prisma.leaveRequest.create({
        data: {
          ref: `CT-FR-${n}`, employeeId: o.id, typeCode: 'CT', startDate: `2026-12-1${n}`, endDate: `2026-12-1${n}`, days: n === 2 ? 0.5 : 1,
          reason: 'Keluarga', address: 'Serang', submittedById: n === 3 ? approver.id : o.id, status, createdAt: new Date(`2026-11-2${n}T01:02:03.456Z`), ...extra,
        },
      });
    const first = await request(1, 'APPROVED', { detail: { travelDays: 2, requested: { start: '2026-12-11' } }, decidedAt: new Date('2026-11-25T08:00:00.789Z') });
    const second = await request(2, 'PENDING', { halfDay: 'MORNING', phoneDuring: '6281200000001', proxy: true });
    const third = await request(3, 'CANCELLED', { cancelReason: 'Batal' });
    requestIds = [first.id, second.id, third.id];
    await db.prisma.approvalStep.create({
      data: { requestId: first.id, order: 1, role: 'SUPERVISOR', token: 'fr-1', approverId: approver.id, status: 'DECIDED', decision: 'APPROVE', note: 'ok', decidedById: approver.id, decidedAt: new Date('2026-11-25T08:00:00.789Z'), activatedAt: new Date('2026-11-21T01:02:03Z') },
    });
    await db.prisma.approvalStep.create({ data: { requestId: second.id, order: 2, role: 'OFFICIAL', token: 'fr-3', approverId: approver.id, status: 'WAITING' } });
    await db.prisma.approvalStep.create({
      data: { requestId: second.id, order: 1, role: 'SUPERVISOR', token: 'fr-2', approverId: approver.id, delegateId: delegate.id, status: 'PENDING', changedStart: '2026-12-13', changedEnd: '2026-12-13' },
    });
    for (const requestId of [first.id, first.id, second.id]) {
      await db.prisma.leaveDocument.create({ data: { requestId, employeeId: o.id, kind: 'SURAT', fileName: 'a.pdf', mimeType: 'application/pdf', size: 1, sha256: 'x', content: Buffer.from('x') } });
    }
    await db.prisma.leaveBalance.create({ data: { employeeId: o.id, typeCode: 'CT', year: 2026, entitled: 12, carriedOver: 1.5, used: 2, reserved: 0.5, unusedYears: 1 } });
    await db.prisma.leaveBalance.create({ data: { employeeId: o.id, typeCode: 'CT', year: 2027, entitled: 12 } });
    await db.prisma.leaveBalance.create({ data: { employeeId: o.id, typeCode: 'CB', year: 2026, entitled: 90 } });
  });
  afterAll(async () => {
    await db.drop();
  });

  const reads = () => db.dialect.reads;
  const requestSelect = {
    id: true, ref: true, employeeId: true, typeCode: true, startDate: true, endDate: true, halfDay: true, days: true, reason: true, address: true,
    phoneDuring: true, detail: true, status: true, currentStep: true, proxy: true, submittedById: true, cancelReason: true, decidedAt: true, createdAt: true,
  } as const;

  it('reads CT balances of the years asked as Prisma does (not another type)', async () => {
    const select = { id: true, employeeId: true, year: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true, unusedYears: true } as const;
    const expected = await db.prisma.leaveBalance.findMany({ where: { employeeId: owner.id, typeCode: 'CT' }, select, orderBy: { year: 'asc' } });
    const got = await db.prisma.$transaction((tx) => reads().ctBalances(tx, owner.id, [2027, 2026, 2026, 2030]));
    expect(got.sort((a, b) => a.year - b.year)).toEqual(expected);
    expect(expected.map((r) => r.carriedOver)).toEqual([1.5, 0]);
    expect(await reads().ctBalances(db.prisma, owner.id, [])).toEqual([]);
  });

  it('reads requests by id and an employee’s newest first as Prisma does', async () => {
    const all = await db.prisma.leaveRequest.findMany({ where: { employeeId: owner.id }, select: requestSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    expect(all.map((r) => r.ref)).toEqual(['CT-FR-3', 'CT-FR-2', 'CT-FR-1']);
    await db.prisma.$transaction(async (tx) => {
      expect(await reads().leaveRequests(tx, { employeeId: owner.id, limit: 10 })).toEqual(all);
      expect(await reads().leaveRequests(tx, { employeeId: owner.id, limit: 2 })).toEqual(all.slice(0, 2));
      expect(await reads().leaveRequests(tx, { employeeId: owner.id, statuses: ['PENDING', 'APPROVED'], limit: 10 })).toEqual(all.slice(1));
      const byId = await reads().leaveRequests(tx, { ids: [requestIds[1]!, requestIds[0]!] });
      expect(byId.sort((a, b) => a.id - b.id)).toEqual([all[2], all[1]]);
      expect(await reads().leaveRequests(tx, { ids: [requestIds[0]!], employeeId: owner.id + 1 })).toEqual([]);
    });
    const [first] = await reads().leaveRequests(db.prisma, { ids: [requestIds[0]!] });
    expect(first!.decidedAt).toEqual(new Date('2026-11-25T08:00:00.789Z'));
    expect(first!.detail).toEqual({ travelDays: 2, requested: { start: '2026-12-11' } });
  });

  it('reads steps, people with their unit, and document counts as Prisma does', async () => {
    const steps = await db.prisma.approvalStep.findMany({
      where: { requestId: { in: requestIds } },
      orderBy: [{ requestId: 'asc' }, { order: 'asc' }],
      select: {
        requestId: true, order: true, role: true, approverId: true, delegateId: true, status: true, decision: true, note: true,
        decidedById: true, decidedAt: true, changedStart: true, changedEnd: true, activatedAt: true,
      },
    });
    expect(steps).toHaveLength(3);
    expect(await reads().approvalSteps(db.prisma, requestIds)).toEqual(steps);
    const ids = [...new Set(steps.flatMap((s) => [s.approverId, s.delegateId ?? s.approverId]))];
    const people = await db.prisma.employee.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nip: true, unit: { select: { name: true } } } });
    const got = await reads().peopleWithUnits(db.prisma, ids);
    expect(got.sort((a, b) => a.id - b.id)).toEqual(people.sort((a, b) => a.id - b.id).map(({ unit, ...p }) => ({ ...p, unitName: unit.name })));
    expect(await reads().documentCounts(db.prisma, requestIds)).toEqual(new Map([[requestIds[0], 2], [requestIds[1], 1]]));
  });

  it('reads the requests holding days, but one, as Prisma does', async () => {
    const select = { id: true, ref: true, typeCode: true, status: true, startDate: true, endDate: true, halfDay: true, days: true, detail: true } as const;
    const held = await db.prisma.leaveRequest.findMany({ where: { employeeId: owner.id, status: { in: ['PENDING', 'APPROVED'] } }, select, orderBy: { id: 'asc' } });
    expect(held).toHaveLength(2);
    const got = await reads().heldRequests(db.prisma, owner.id, ['PENDING', 'APPROVED']);
    expect(got.sort((a, b) => a.id - b.id)).toEqual(held);
    expect(await reads().heldRequests(db.prisma, owner.id, ['PENDING', 'APPROVED'], requestIds[0])).toEqual([held[1]]);
  });

  it('reads the rules’ version token', async () => {
    const row = await db.prisma.rulesVersion.findUnique({ where: { id: 1 }, select: { version: true } });
    expect(await reads().rulesVersion(db.prisma)).toBe(row?.version ?? null);
  });

  it('tells a transaction’s client from the client itself', async () => {
    expect(insideTransaction(db.prisma)).toBe(false);
    expect(await db.prisma.$transaction(async (tx) => insideTransaction(tx))).toBe(true);
  });

  it('reads outside a transaction only what is committed: it waits for an open one', async () => {
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const writing = db.prisma.$transaction(async (tx) => {
      await tx.leaveBalance.create({ data: { employeeId: owner.id, typeCode: 'CT', year: 2028, entitled: 12 } });
      inserted();
      await held;
    });
    await insertedSignal;
    const reading = reads().ctBalances(db.prisma, owner.id, [2028]);
    const early = await Promise.race([reading.then((rows) => rows.length), new Promise((resolve) => setTimeout(() => resolve('waiting'), 100))]);
    // PostgreSQL reads the last committed rows at once; SQLite's one connection makes the read wait for the commit.
    expect(early).toBe(provider === 'sqlite' ? 'waiting' : 0);
    finish();
    await writing;
    expect(await reads().ctBalances(db.prisma, owner.id, [2028])).toHaveLength(1);
  });
});
