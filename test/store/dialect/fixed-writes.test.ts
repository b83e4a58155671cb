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

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const unit = await db.prisma.orgUnit.create({ data: { code: 'FW-1', name: 'Bagian Tulis' } });
    const employee = await db.prisma.employee.create({
      data: { nip: '199001012026013001', name: 'Slip Tulis', kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'F' },
    });
    const period = await db.prisma.payrollPeriod.create({ data: { period: '2026-11', kind: 'GAJI', status: 'PUBLISHED', revision: 1, importedBy: 'HR', publishedAt: new Date() } });
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
});
