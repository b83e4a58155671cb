import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

/**
 * The fixed writes (src/store/dialect/fixed-writes.ts) must leave the rows
 * Prisma's own create leaves, in each database: read back through Prisma,
 * times to the millisecond, in the caller's transaction (rolled back with
 * it) or on their own.
 */
describe.each(testProviders)('the fixed writes on %s', (provider) => {
  let db: TestDatabase;
  let payslipId: number;
  let identityId: number;
  let employeeId: number;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await db.prisma.leaveType.create({ data: { code: 'CT', nameId: 'Cuti Tahunan', nameEn: 'Annual leave' } });
    const unit = await db.prisma.orgUnit.create({ data: { code: 'FW-1', name: 'Bagian Tulis' } });
    const employee = await db.prisma.employee.create({
      data: { nip: '199001012026013001', name: 'Slip Tulis', kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'F' },
    });
    const period = await db.prisma.payrollPeriod.create({ data: { period: '2026-11', kind: 'GAJI', status: 'PUBLISHED', revision: 1, importedBy: 'HR', publishedAt: new Date() } });
    employeeId = employee.id;
    payslipId = (await db.prisma.payslip.create({ data: { periodId: period.id, employeeId: employee.id, earnings: 5_000_000, deductions: 500_000, net: 4_500_000, verificationCode: 'FW-1' } })).id;
    identityId = (await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: 'fw-1', employeeId: employee.id, verifiedAt: new Date() } })).id;
  });
  afterAll(async () => {
    await db.drop();
  });

  const deliveries = () =>
    db.prisma.payslipDelivery.findMany({ where: { payslipId }, orderBy: { id: 'asc' }, select: { payslipId: true, identityId: true, deliveredAt: true } });

  it("records a slip's delivery as Prisma's create does, in the caller's transaction", async () => {
    const at = new Date('2026-11-25T03:04:05.678Z');
    await db.prisma.payslipDelivery.create({ data: { payslipId, identityId, deliveredAt: at } });
    await db.prisma.$transaction((tx) => tx.$dialect.writes.payslipDelivered(tx, { payslipId, identityId, deliveredAt: at }));
    const [byPrisma, fixed] = await deliveries();
    expect(fixed).toEqual(byPrisma);
    expect(fixed?.deliveredAt.toISOString()).toBe('2026-11-25T03:04:05.678Z');
    // Stored alike (SQLite keeps the text Prisma wrote, which its time comparisons read), so the digest's count finds both.
    const stored = await db.prisma.$queryRawUnsafe<Array<{ t: string }>>(`SELECT CAST("deliveredAt" AS TEXT) AS "t" FROM "PayslipDelivery" ORDER BY "id"`);
    expect(stored).toHaveLength(2);
    expect(stored[1]).toEqual(stored[0]);
    expect(await db.prisma.payslipDelivery.count({ where: { deliveredAt: { gte: new Date('2026-11-25T03:04:05.678Z'), lt: new Date('2026-11-25T03:04:05.679Z') } } })).toBe(2);
  });

  it('writes nothing when the transaction rolls back, and writes on its own outside one', async () => {
    const before = (await deliveries()).length;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.$dialect.writes.payslipDelivered(tx, { payslipId, identityId, deliveredAt: new Date() });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await deliveries()).toHaveLength(before);
    await db.prisma.$dialect.writes.payslipDelivered(db.prisma, { payslipId, identityId, deliveredAt: new Date('2026-11-26T00:00:00Z') });
    expect((await deliveries()).at(-1)).toEqual({ payslipId, identityId, deliveredAt: new Date('2026-11-26T00:00:00Z') });
  });

  it('refuses a delivery of a slip that does not exist', async () => {
    await expect(db.prisma.$dialect.writes.payslipDelivered(db.prisma, { payslipId: payslipId + 1000, identityId, deliveredAt: new Date() })).rejects.toThrow();
  });
  /** The stored text of a DateTime column (SQLite keeps the text its writer wrote, which its time comparisons read). */
  const storedTime = async (table: string, column: string, id: number) =>
    (await db.prisma.$queryRawUnsafe<Array<{ t: string }>>(`SELECT CAST("${column}" AS TEXT) AS "t" FROM "${table}" WHERE "id" = ${id}`))[0]?.t;

  const days = { entitled: 12, carriedOver: 1.5, deferred: 0, added: 1, used: 2, reserved: 0.5 };

  it("sets a balance row's days as Prisma's update does, only while it holds the days it was read with", async () => {
    const balance = (year: number) => db.prisma.leaveBalance.create({ data: { employeeId, typeCode: 'CT', year, ...days, unusedYears: 1 } });
    const [byPrisma, fixed] = [await balance(2026), await balance(2027)];
    const next = { ...days, used: 4, reserved: 0 };
    const at = new Date('2026-12-01T01:02:03.456Z');
    await db.prisma.leaveBalance.update({ where: { id: byPrisma.id }, data: { ...next, updatedAt: at } });
    expect(await db.prisma.$transaction((tx) => tx.$dialect.writes.balanceDaysSet(tx, fixed.id, days, next, at))).toBe(true);
    const read = (id: number) => db.prisma.leaveBalance.findUniqueOrThrow({ where: { id }, omit: { id: true, year: true } });
    expect(await read(fixed.id)).toEqual(await read(byPrisma.id));
    expect(await storedTime('LeaveBalance', 'updatedAt', fixed.id)).toBe(await storedTime('LeaveBalance', 'updatedAt', byPrisma.id));
    // Read with the old days, the row has changed since: nothing is written.
    expect(await db.prisma.$dialect.writes.balanceDaysSet(db.prisma, fixed.id, days, { ...next, used: 9 }, new Date())).toBe(false);
    expect((await read(fixed.id)).used).toBe(4);
    // Half days compare exactly.
    expect(await db.prisma.$dialect.writes.balanceDaysSet(db.prisma, fixed.id, next, { ...next, reserved: 0.5 }, new Date())).toBe(true);
    expect((await read(fixed.id)).reserved).toBe(0.5);
  });

  it('records a move of days as Prisma\'s create does', async () => {
    const at = new Date('2026-12-02T03:04:05.006Z');
    const move = { employeeId, year: 2026, typeCode: 'CT', kind: 'reserve', days: 1.5, reason: 'submit', requestId: null, workedDate: null, at };
    const byPrisma = await db.prisma.leaveBalanceMove.create({ data: move });
    await db.prisma.$transaction((tx) => tx.$dialect.writes.balanceMoved(tx, move));
    const worked = { ...move, kind: 'creditWorked', days: 1, reason: 'cuti_bersama_worked', workedDate: '2026-12-24' };
    await db.prisma.$dialect.writes.balanceMoved(db.prisma, worked);
    const moves = await db.prisma.leaveBalanceMove.findMany({ where: { employeeId }, orderBy: { id: 'asc' }, omit: { id: true } });
    expect(moves).toEqual([move, move, worked]);
    const fixedId = (await db.prisma.leaveBalanceMove.findFirstOrThrow({ where: { employeeId, id: { gt: byPrisma.id } }, orderBy: { id: 'asc' } })).id;
    expect(await storedTime('LeaveBalanceMove', 'at', fixedId)).toBe(await storedTime('LeaveBalanceMove', 'at', byPrisma.id));
    // A cuti bersama day worked is credited once.
    await expect(db.prisma.$dialect.writes.balanceMoved(db.prisma, worked)).rejects.toThrow();
  });
  it("records a step's decision as Prisma's update does, only on a PENDING step, and skips the steps left", async () => {
    const approver = await db.prisma.employee.create({
      data: { nip: '198001012026013002', name: 'Atasan Tulis', kind: 'PNS', rank: 'IV/a', position: 'Kepala', unitId: (await db.prisma.employee.findUniqueOrThrow({ where: { id: employeeId } })).unitId, serviceStart: '2005-01-01', birthDate: '1980-01-01', gender: 'M' },
    });
    const request = async (ref: string) => {
      const r = await db.prisma.leaveRequest.create({
        data: { ref, employeeId, typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-15', days: 2, reason: 'Keluarga', address: 'Serang', submittedById: employeeId },
      });
      const step = (order: number, status: 'PENDING' | 'WAITING') =>
        db.prisma.approvalStep.create({ data: { requestId: r.id, order, role: order === 1 ? 'SUPERVISOR' : 'OFFICIAL', token: `${ref}-${order}`, approverId: approver.id, status } });
      return { id: r.id, first: await step(1, 'PENDING'), second: await step(2, 'WAITING') };
    };
    const [byPrisma, fixed, other] = [await request('FW-A'), await request('FW-B'), await request('FW-C')];
    const decision = { decision: 'CHANGE' as const, note: "Geser ke minggu depan, it's \\ ok", decidedById: approver.id, decidedAt: new Date('2026-12-03T04:05:06.789Z'), decidedVia: 'TELEGRAM' as const, changedStart: '2026-12-21', changedEnd: '2026-12-22' };
    const { decision: kind, ...rest } = decision;
    await db.prisma.approvalStep.updateMany({ where: { id: byPrisma.first.id, status: 'PENDING' }, data: { status: 'DECIDED', decision: kind, ...rest } });
    await db.prisma.approvalStep.updateMany({ where: { requestId: byPrisma.id, status: { in: ['WAITING', 'PENDING'] } }, data: { status: 'SKIPPED' } });
    await db.prisma.$transaction(async (tx) => {
      expect(await tx.$dialect.writes.stepDecided(tx, { id: fixed.first.id, ...decision })).toBe(true);
      await tx.$dialect.writes.remainingStepsSkipped(tx, fixed.id);
    });
    const steps = (requestId: number) =>
      db.prisma.approvalStep.findMany({ where: { requestId }, orderBy: { order: 'asc' }, omit: { id: true, requestId: true, token: true, createdAt: true } });
    expect(await steps(fixed.id)).toEqual(await steps(byPrisma.id));
    expect((await steps(fixed.id)).map((step) => step.status)).toEqual(['DECIDED', 'SKIPPED']);
    expect(await storedTime('ApprovalStep', 'decidedAt', fixed.first.id)).toBe(await storedTime('ApprovalStep', 'decidedAt', byPrisma.first.id));
    // Decided once: a second decision on the step writes nothing.
    expect(await db.prisma.$dialect.writes.stepDecided(db.prisma, { ...decision, id: fixed.first.id, decision: 'REJECT', note: 'late' })).toBe(false);
    expect((await steps(fixed.id))[0]).toMatchObject({ decision: 'CHANGE', note: decision.note });
    // Another request's steps are left as they were.
    expect((await steps(other.id)).map((step) => step.status)).toEqual(['PENDING', 'WAITING']);
  });

  it("records a decision on a request as Prisma's update does, only at the version it was read with", async () => {
    const request = (ref: string) =>
      db.prisma.leaveRequest.create({
        data: { ref, employeeId, typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-15', days: 2, reason: 'Keluarga', address: 'Serang', submittedById: employeeId, detail: { charged: [] } },
      });
    const [byPrisma, fixed, kept] = [await request('FW-D1'), await request('FW-D2'), await request('FW-D3')];
    const at = new Date('2026-12-04T05:06:07.891Z');
    const detail = { charged: [{ year: 2026, days: 1.5 }], requested: { start: '2026-12-14', end: '2026-12-15' }, note: 'tanda "kutip" \\ dan ünïcode' };
    const dates = { startDate: '2026-12-21', endDate: '2026-12-22', days: 1.5, halfDay: 'MORNING' as const };
    await db.prisma.leaveRequest.updateMany({
      where: { id: byPrisma.id, version: byPrisma.version },
      data: { status: 'CHANGED', currentStep: 2, decidedAt: at, version: { increment: 1 }, ...dates, detail, updatedAt: at },
    });
    const decision = { status: 'CHANGED' as const, currentStep: 2, decidedAt: at, detail, dates, at };
    expect(await db.prisma.$transaction((tx) => tx.$dialect.writes.requestDecided(tx, { id: fixed.id, ...decision }, fixed.version))).toBe(true);
    const read = (id: number) => db.prisma.leaveRequest.findUniqueOrThrow({ where: { id }, omit: { id: true, ref: true, createdAt: true } });
    expect(await read(fixed.id)).toEqual(await read(byPrisma.id));
    expect((await read(fixed.id)).version).toBe(fixed.version + 1);
    for (const column of ['decidedAt', 'updatedAt']) expect(await storedTime('LeaveRequest', column, fixed.id)).toBe(await storedTime('LeaveRequest', column, byPrisma.id));
    // Read at the old version, the request has moved on since: nothing is written.
    expect(await db.prisma.$dialect.writes.requestDecided(db.prisma, { id: fixed.id, ...decision, status: 'REJECTED' }, fixed.version)).toBe(false);
    expect((await read(fixed.id)).status).toBe('CHANGED');
    // Without other dates the request keeps its own; a decision still open leaves decidedAt empty.
    expect(await db.prisma.$dialect.writes.requestDecided(db.prisma, { id: kept.id, status: 'PENDING', currentStep: 2, decidedAt: null, detail, dates: null, at }, kept.version)).toBe(true);
    expect(await read(kept.id)).toMatchObject({ status: 'PENDING', currentStep: 2, decidedAt: null, startDate: '2026-12-14', endDate: '2026-12-15', days: 2, halfDay: null, detail });
  });

  it("issues a letter as Prisma's create does, with the counter's next number", async () => {
    const request = await db.prisma.leaveRequest.create({
      data: { ref: 'FW-L1', employeeId, typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-15', days: 2, reason: 'Keluarga', address: 'Serang', submittedById: employeeId, status: 'APPROVED' },
    });
    const numbers = await db.prisma.$transaction(async (tx) => [
      await tx.$dialect.writes.letterNumberTaken(tx, 'FW', 2026),
      await tx.$dialect.writes.letterNumberTaken(tx, 'FW', 2026),
      await tx.$dialect.writes.letterNumberTaken(tx, 'FW', 2027),
      await tx.$dialect.writes.letterNumberTaken(tx, 'FX', 2026),
    ]);
    expect(numbers).toEqual([1, 2, 1, 1]);
    // A rolled-back grant gives its number back.
    await expect(db.prisma.$transaction(async (tx) => {
      await tx.$dialect.writes.letterNumberTaken(tx, 'FW', 2026);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await db.prisma.$dialect.writes.letterNumberTaken(db.prisma, 'FW', 2026)).toBe(3);

    const issuedAt = new Date('2026-12-05T06:07:08.912Z');
    const facts = { type: 'CT', dates: ['2026-12-14', '2026-12-15'], days: 2, name: 'Slip "Tulis"' };
    const letter = (version: number, sequence: number, code: string) => ({
      requestId: request.id, kind: 'LETTER' as const, version, verificationCode: code, number: `800/${sequence}/FW/2026`, numberScope: 'FW', numberYear: 2026, sequence,
      requestVersion: 1, facts, issuedAt,
    });
    const byPrisma = await db.prisma.leavePaper.create({ data: letter(2, 1, 'FW-P1') });
    const { kind: _kind, version: _version, ...row } = letter(1, 2, 'FW-P2');
    const id = await db.prisma.$transaction((tx) => tx.$dialect.writes.letterIssued(tx, row));
    expect(id).toBeGreaterThan(byPrisma.id);
    const read = (paperId: number) => db.prisma.leavePaper.findUniqueOrThrow({ where: { id: paperId }, omit: { id: true, version: true, verificationCode: true, number: true, sequence: true } });
    expect(await read(id)).toEqual(await read(byPrisma.id));
    expect(await db.prisma.leavePaper.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: 'LETTER', version: 1, status: 'CURRENT', verificationCode: 'FW-P2', sequence: 2, facts });
    expect(await storedTime('LeavePaper', 'issuedAt', id)).toBe(await storedTime('LeavePaper', 'issuedAt', byPrisma.id));
    // A number is never given twice in a scope and year.
    await expect(db.prisma.$dialect.writes.letterIssued(db.prisma, { ...row, verificationCode: 'FW-P3' })).rejects.toThrow();
  });
});
