import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishedNoticeKey } from '../../../src/services/payslips/publish-payroll-month';
import { linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { NOW, PERIOD, demoNips, hrActor, importMonth, longCsv, makeSlip, publishMonth, seedDemoAt } from './payroll-fixtures';

async function notices(db: TestDatabase) {
  const rows = await db.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'payslip.published:' } }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ channel: r.channel, chatId: r.chatId, key: r.dedupeKey, text: (r.payload as { text: string }).text }));
}

describe.each(testProviders)('publishPayrollMonth on %s', (provider) => {
  let db: TestDatabase;
  let nips: string[];
  let ids: Map<string, number>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    nips = await demoNips(db);
    ids = new Map((await db.prisma.employee.findMany({ select: { id: true, nip: true } })).map((e) => [e.nip, e.id]));
    await importMonth(db, { text: longCsv(nips.slice(0, 6).map((nip, i) => makeSlip(nip, i))) });
  });
  afterEach(async () => {
    await db.drop();
  });

  it('publishes the month and tells each employee with a verified, reachable chat, once, in their language', async () => {
    const [ana, budi, citra, dedi, eka] = nips as [string, string, string, string, string];
    await linkIdentity(db, 'TELEGRAM', 'tg-ana', ana);
    await linkIdentity(db, 'WHATSAPP', '62811@s.whatsapp.net', budi);
    await db.prisma.employee.update({ where: { nip: budi }, data: { language: 'en' } });
    // Citra has two chats: only the latest verified one is told.
    await linkIdentity(db, 'TELEGRAM', 'tg-citra-old', citra);
    await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: 'wa-citra', employeeId: ids.get(citra)!, verifiedAt: new Date(NOW) } });
    // Dedi never finished linking; Eka's chat blocked the bot; the 7th employee has no slip this month.
    await db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: 'tg-dedi', employeeId: ids.get(dedi)! } });
    const ekaIdentity = await linkIdentity(db, 'TELEGRAM', 'tg-eka', eka);
    await db.prisma.chatIdentity.update({ where: { id: ekaIdentity }, data: { unreachableAt: new Date(NOW) } });
    await linkIdentity(db, 'TELEGRAM', 'tg-noslip', nips[6]!);

    const outcome = await publishMonth(db);

    expect(outcome).toEqual({ period: PERIOD, kind: 'GAJI', revision: 1, alreadyPublished: false, notified: 3, slips: 6, awaitingSecondOfficer: false, requestedBy: null });
    expect(await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } } })).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: new Date(NOW),
      publishedBy: hrActor.actorName,
    });
    expect(await notices(db)).toEqual(
      expect.arrayContaining([
        { channel: 'TELEGRAM', chatId: 'tg-ana', key: publishedNoticeKey(PERIOD, 1, ids.get(ana)!), text: expect.stringContaining('Slip gaji November 2026 sudah tersedia') },
        { channel: 'WHATSAPP', chatId: '62811@s.whatsapp.net', key: publishedNoticeKey(PERIOD, 1, ids.get(budi)!), text: expect.stringContaining('payslip for November 2026 is ready') },
        { channel: 'WHATSAPP', chatId: 'wa-citra', key: publishedNoticeKey(PERIOD, 1, ids.get(citra)!), text: expect.stringContaining('November 2026') },
      ]),
    );
    expect(await notices(db)).toHaveLength(3);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.published' } });
    expect(audit).toMatchObject({ actorName: hrActor.actorName, entityId: PERIOD });
    expect(audit.data).toMatchObject({ revision: 1, slips: 6, notified: 3 });
  });

  it('is idempotent: a second call changes nothing but tells employees who linked since', async () => {
    await linkIdentity(db, 'TELEGRAM', 'tg-ana', nips[0]!);
    await publishMonth(db);
    const first = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } } });

    const again = await publishMonth(db);
    expect(again).toMatchObject({ alreadyPublished: true, notified: 0 });
    expect(await notices(db)).toHaveLength(1);

    await linkIdentity(db, 'TELEGRAM', 'tg-budi', nips[1]!);
    const later = await publishMonth(db);
    expect(later).toMatchObject({ alreadyPublished: true, notified: 1 });
    expect((await notices(db)).map((n) => n.chatId)).toEqual(['tg-ana', 'tg-budi']);
    expect(await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } } })).toEqual(first);
    expect(await db.prisma.auditLog.count({ where: { action: 'payroll.published' } })).toBe(1);
  });

  it('tells everyone again when a republished revision is published', async () => {
    await linkIdentity(db, 'TELEGRAM', 'tg-ana', nips[0]!);
    await publishMonth(db);
    await importMonth(db, { text: longCsv(nips.slice(0, 6).map((nip, i) => makeSlip(nip, i + 1))), republish: true });

    const outcome = await publishMonth(db);

    expect(outcome).toMatchObject({ revision: 2, alreadyPublished: false, notified: 1 });
    expect((await notices(db)).map((n) => n.key)).toEqual([
      publishedNoticeKey(PERIOD, 1, ids.get(nips[0]!)!),
      publishedNoticeKey(PERIOD, 2, ids.get(nips[0]!)!),
    ]);
  });

  it('refuses a month that was never imported', async () => {
    await expect(publishMonth(db, '2027-01')).rejects.toMatchObject({ code: 'payslip.period.not_found', params: { period: '2027-01' } });
  });
});
