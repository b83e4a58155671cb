import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payrollDelivery, resendPayrollNotices } from '../../../src/services/payslips/payroll-delivery';
import { publishedNoticeKey } from '../../../src/services/payslips/publish-payroll-month';
import { startsWithIndexed } from '../../../src/store/starts-with';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { fullScans, sqlitePlans } from '../../support/query-plans';

const by = { actorType: 'HR_TOKEN' as const, actorId: 7, actorName: 'Rina', channel: 'ADMIN_API' };

/** November's GAJI run at revision 10 (its keys share "r1" with revision 1), its notices, and other runs' and messages' rows. */
async function world(db: TestDatabase) {
  await db.prisma.payrollPeriod.create({ data: { period: '2026-11', kind: 'GAJI', revision: 10, importedBy: 'hr' } });
  const row = (dedupeKey: string, status: 'SENT' | 'DEAD' | 'PENDING') => ({ channel: 'TELEGRAM' as const, chatId: dedupeKey, payload: {}, dedupeKey, status });
  await db.prisma.outboxMessage.createMany({
    data: [
      row(publishedNoticeKey('2026-11', 10, 1), 'SENT'),
      row(publishedNoticeKey('2026-11', 10, 2), 'SENT'),
      row(publishedNoticeKey('2026-11', 10, 3), 'DEAD'),
      row(publishedNoticeKey('2026-11', 10, 4), 'PENDING'),
      // Not this run's revision, kind or month, and not a notice.
      row(publishedNoticeKey('2026-11', 1, 5), 'DEAD'),
      row(publishedNoticeKey('2026-11', 100, 6), 'DEAD'),
      row(publishedNoticeKey('2026-11', 10, 7, 'TPP'), 'DEAD'),
      row(publishedNoticeKey('2026-12', 10, 8), 'SENT'),
      row('PAYSLIP.PUBLISHED:2026-11:r10:e9', 'DEAD'),
      row('payslip.published:2026-11:r10:f1', 'SENT'),
      row('turn:1', 'SENT'),
    ],
  });
}

describe.each(testProviders)("one payroll run's delivery (%s)", (provider) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await world(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("counts the run's current notices by state, and no other row", async () => {
    expect(await db.prisma.$transaction((tx) => payrollDelivery(tx, '2026-11'))).toEqual({ sent: 2, failed: 1, waiting: 1, notLinked: 0, slips: 0 });
    expect(await db.prisma.$transaction((tx) => payrollDelivery(tx, '2026-12'))).toBeNull();
  });

  it("puts back only the run's own dead notice", async () => {
    expect(await db.prisma.$transaction((tx) => resendPayrollNotices(tx, { period: '2026-11', now: new Date('2026-11-27T03:00:00Z'), by }))).toBe(1);
    const dead = await db.prisma.outboxMessage.findMany({ where: { status: 'DEAD' }, select: { dedupeKey: true }, orderBy: { id: 'asc' } });
    expect(dead.map((m) => m.dedupeKey)).toEqual([
      publishedNoticeKey('2026-11', 1, 5),
      publishedNoticeKey('2026-11', 100, 6),
      publishedNoticeKey('2026-11', 10, 7, 'TPP'),
      'PAYSLIP.PUBLISHED:2026-11:r10:e9',
    ]);
  });
});

describe('a prefix filter an index can seek', () => {
  it('is the range from the prefix to its successor, exact by startsWith', () => {
    expect(startsWithIndexed('payslip.published:2026-11:r1:e')).toEqual({ gte: 'payslip.published:2026-11:r1:e', lt: 'payslip.published:2026-11:r1:f', startsWith: 'payslip.published:2026-11:r1:e' });
    expect(startsWithIndexed('leave.')).toEqual({ gte: 'leave.', lt: 'leave/', startsWith: 'leave.' });
    expect(startsWithIndexed('a\uffff')).toEqual({ gte: 'a\uffff', lt: 'b', startsWith: 'a\uffff' });
    expect(startsWithIndexed('')).toEqual({});
  });
});

describe("one payroll run's delivery on SQLite (plan)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await world(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('seeks the run\'s keys on the unique dedupeKey index, never reading the whole outbox', async () => {
    const queries = await sqlitePlans(db, (tx) => payrollDelivery(tx, '2026-11'));
    expect(queries.flatMap((q) => q.plan).filter((d) => d.includes('OutboxMessage'))).toEqual(['SEARCH OutboxMessage USING INDEX OutboxMessage_dedupeKey_key (dedupeKey>? AND dedupeKey<?)']);
    const resend = await sqlitePlans(db, (tx) => resendPayrollNotices(tx, { period: '2026-11', now: new Date(), by }));
    expect(fullScans([...queries, ...resend], 'OutboxMessage')).toEqual([]);
  });
});
