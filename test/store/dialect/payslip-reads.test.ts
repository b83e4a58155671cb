import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

/**
 * The payslip chat's fixed reads (src/store/dialect/fixed-reads.ts: the
 * months offered, the slip asked for, the identity it goes to, the outbox row
 * still carrying it) must give what the Prisma queries they replace give for
 * the same rows, in each database: other employees' slips, unpublished runs,
 * other chats' rows left out, nulls and times as Prisma types them.
 */
describe.each(testProviders)('the payslip fixed reads on %s', (provider) => {
  let db: TestDatabase;
  let me: { id: number };
  let other: { id: number };
  let gone: { id: number };
  const identities: Record<'verified' | 'unlinked' | 'gone', number> = { verified: 0, unlinked: 0, gone: 0 };
  let pendingFirst: number;

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    const unit = await db.prisma.orgUnit.create({ data: { code: 'PR-1', name: 'Bagian Baca' } });
    const person = (n: number, active = true) =>
      db.prisma.employee.create({
        data: { nip: `19900101202601300${n}`, name: `Slip ${n}`, kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'M', active },
      });
    [me, other, gone] = [await person(1), await person(2), await person(3, false)];
    const run = (period: string, kind: 'GAJI' | 'TPP', status: 'DRAFT' | 'PUBLISHED', revision = 1) =>
      db.prisma.payrollPeriod.create({
        data: { period, kind, status, revision, importedBy: 'HR', publishedAt: status === 'PUBLISHED' ? new Date(`${period}-25T03:00:00.123Z`) : null },
      });
    let code = 0;
    const slip = (periodId: number, employeeId: number) =>
      db.prisma.payslip.create({ data: { periodId, employeeId, earnings: 5_000_000, deductions: 500_000, net: 4_500_000, verificationCode: `PR-${(code += 1)}` } });
    // Created out of order, so a read that forgets its ORDER BY shows it.
    const tppSeptember = await run('2026-09', 'TPP', 'PUBLISHED');
    const june = await run('2026-06', 'GAJI', 'PUBLISHED');
    const october = await run('2026-10', 'GAJI', 'PUBLISHED', 2);
    const tppOctober = await run('2026-10', 'TPP', 'DRAFT');
    const september = await run('2026-09', 'GAJI', 'PUBLISHED');
    const august = await run('2026-08', 'GAJI', 'PUBLISHED');
    const tppJuly = await run('2026-07', 'TPP', 'PUBLISHED');
    const november = await run('2026-11', 'GAJI', 'DRAFT');
    for (const period of [tppSeptember, june, october, tppOctober, september, tppJuly, november]) await slip(period.id, me.id);
    await slip(august.id, other.id);
    await slip(october.id, other.id);

    const identity = (externalId: string, employeeId: number | null, verifiedAt: Date | null) =>
      db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId, employeeId, verifiedAt } });
    identities.verified = (await identity('wa-me', me.id, new Date('2026-10-01T04:05:06.789Z'))).id;
    identities.unlinked = (await identity('wa-nobody', null, null)).id;
    identities.gone = (await identity('wa-gone', gone.id, new Date('2026-09-01T00:00:00Z'))).id;

    const outbox = (channel: 'TELEGRAM' | 'WHATSAPP', chatId: string, ref: string | null, status: 'PENDING' | 'SENT' = 'PENDING') =>
      db.prisma.outboxMessage.create({ data: { channel, chatId, ref, status, lane: 'BULK', payload: { kind: 'text', text: 'x' } } });
    // The lowest ids are other chats' rows and the chat's sent row, so a read that forgets a condition shows it.
    await outbox('TELEGRAM', 'chat-other', 'payslip:1');
    await outbox('WHATSAPP', 'chat-1', 'payslip:1');
    await outbox('TELEGRAM', 'chat-1', 'payslip:1', 'SENT');
    await outbox('TELEGRAM', 'chat-1', 'payslip:2');
    pendingFirst = (await outbox('TELEGRAM', 'chat-1', 'payslip:1')).id;
    await outbox('TELEGRAM', 'chat-1', 'payslip:1');
    await outbox('TELEGRAM', 'chat-1', null);
  });
  afterAll(async () => {
    await db.drop();
  });

  const reads = () => db.dialect.reads;

  it('reads the published runs holding the employee’s slips, newest month first and by kind, as Prisma does', async () => {
    const prismaRuns = (employeeId: number, take: number) =>
      db.prisma.payrollPeriod.findMany({
        where: { status: 'PUBLISHED', payslips: { some: { employeeId } } },
        select: { period: true, kind: true },
        orderBy: [{ period: 'desc' }, { kind: 'asc' }],
        take,
      });
    const all = await prismaRuns(me.id, 12);
    expect(all).toEqual([
      { period: '2026-10', kind: 'GAJI' },
      { period: '2026-09', kind: 'GAJI' },
      { period: '2026-09', kind: 'TPP' },
      { period: '2026-07', kind: 'TPP' },
      { period: '2026-06', kind: 'GAJI' },
    ]);
    const [firstThree, others] = [await prismaRuns(me.id, 3), await prismaRuns(other.id, 12)];
    expect(others).toEqual([{ period: '2026-10', kind: 'GAJI' }, { period: '2026-08', kind: 'GAJI' }]);
    // Prisma's reads stay outside the transaction: on SQLite they would wait for its end.
    await db.prisma.$transaction(async (tx) => {
      expect(await reads().payslipRuns(tx, me.id, 12)).toEqual(all);
      expect(await reads().payslipRuns(tx, me.id, 3)).toEqual(firstThree);
      expect(await reads().payslipRuns(tx, other.id, 12)).toEqual(others);
    });
    expect(await reads().payslipRuns(db.prisma, gone.id, 12)).toEqual([]);
  });

  it('reads an employee’s slip of a published run with its revision as Prisma does', async () => {
    const prismaSlip = async (employeeId: number, period: string, kind: 'GAJI' | 'TPP') => {
      const row = await db.prisma.payslip.findFirst({
        where: { employeeId, period: { period, kind, status: 'PUBLISHED' } },
        select: { id: true, period: { select: { revision: true } } },
      });
      return row && { id: row.id, revision: row.period.revision };
    };
    const cases: Array<[number, string, 'GAJI' | 'TPP']> = [
      [me.id, '2026-10', 'GAJI'],
      [other.id, '2026-10', 'GAJI'],
      [me.id, '2026-09', 'TPP'],
      [me.id, '2026-10', 'TPP'], // a draft run
      [me.id, '2026-08', 'GAJI'], // another employee's month
      [me.id, '2026-07', 'GAJI'], // the month holds only a TPP run
    ];
    const expected = await Promise.all(cases.map((args) => prismaSlip(...args)));
    expect(expected.map((row) => row?.revision ?? null)).toEqual([2, 2, 1, null, null, null]);
    expect(expected[0]!.id).not.toBe(expected[1]!.id);
    const got = await db.prisma.$transaction(async (tx) => {
      const rows = [];
      for (const args of cases) rows.push(await reads().publishedSlip(tx, ...args));
      return rows;
    });
    expect(got).toEqual(expected);
  });

  it('reads a chat identity with its employee’s active flag as Prisma does', async () => {
    const prismaIdentity = async (id: number) => {
      const row = await db.prisma.chatIdentity.findUnique({
        where: { id },
        select: { verifiedAt: true, channel: true, employeeId: true, employee: { select: { active: true } } },
      });
      if (!row) return null;
      const { employee, ...rest } = row;
      return { ...rest, employeeActive: employee?.active ?? null };
    };
    const ids = [identities.verified, identities.unlinked, identities.gone, identities.gone + 100];
    const expected = await Promise.all(ids.map(prismaIdentity));
    expect(expected).toEqual([
      { verifiedAt: new Date('2026-10-01T04:05:06.789Z'), channel: 'WHATSAPP', employeeId: me.id, employeeActive: true },
      { verifiedAt: null, channel: 'WHATSAPP', employeeId: null, employeeActive: null },
      { verifiedAt: new Date('2026-09-01T00:00:00Z'), channel: 'WHATSAPP', employeeId: gone.id, employeeActive: false },
      null,
    ]);
    const got = await db.prisma.$transaction(async (tx) => {
      const rows = [];
      for (const id of ids) rows.push(await reads().slipIdentity(tx, id));
      return rows;
    });
    expect(got).toEqual(expected);
    expect(got[0]!.verifiedAt).toBeInstanceOf(Date);
  });

  it('reads the first pending outbox row of the chat carrying a ref as Prisma does', async () => {
    const prismaPending = async (channel: 'TELEGRAM' | 'WHATSAPP', chatId: string, ref: string) => {
      const row = await db.prisma.outboxMessage.findFirst({ where: { channel, chatId, ref, status: 'PENDING' }, orderBy: { id: 'asc' }, select: { id: true } });
      return row?.id ?? null;
    };
    const cases: Array<['TELEGRAM' | 'WHATSAPP', string, string]> = [
      ['TELEGRAM', 'chat-1', 'payslip:1'],
      ['TELEGRAM', 'chat-1', 'payslip:2'],
      ['WHATSAPP', 'chat-1', 'payslip:1'],
      ['TELEGRAM', 'chat-1', 'payslip:3'],
      ['WHATSAPP', 'chat-other', 'payslip:1'],
    ];
    const expected = await Promise.all(cases.map((args) => prismaPending(...args)));
    expect(expected[0]).toBe(pendingFirst);
    expect(expected.slice(3)).toEqual([null, null]);
    const got = await db.prisma.$transaction(async (tx) => {
      const ids = [];
      for (const args of cases) ids.push(await reads().pendingOutboxRef(tx, ...args));
      return ids;
    });
    expect(got).toEqual(expected);
    expect(await reads().pendingOutboxRef(db.prisma, ...cases[0]!)).toBe(pendingFirst);
  });
});
