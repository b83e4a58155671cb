import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/clock';
import type { OutboundMessage } from '../../../../src/chat/outbound-message';
import { loadUnitAway } from '../../../../src/services/leave/approval/unit-away';
import { submitLeave } from '../../../../src/services/leave/submit-leave';
import type { Tx } from '../../../../src/store/database';
import { seedDemo } from '../../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

describe.each(testProviders)('who of the unit is away, on the approver’s card, on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const clock = fixedClock(NOW);

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, clock);
    people = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'boss', people.supervisor.nip);
    await db.prisma.leaveBalance.updateMany({ where: { year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
  });
  afterEach(async () => {
    await db.drop();
  });

  type Person = (typeof people.all)[number];
  const submit = (who: Person, start: string, end: string) =>
    db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock }, {
        employeeId: who.id, actor: { type: 'EMPLOYEE', employeeId: who.id, name: who.name, channel: 'LOCAL' },
        typeCode: 'CT', start, end, reason: 'Urusan keluarga', address: 'Serang',
      }),
    );

  /** Active colleagues of the employee's unit, the employee left out. */
  async function colleagues(): Promise<Person[]> {
    const active = await db.prisma.employee.findMany({ where: { unitId: people.employee.unitId, active: true, id: { not: people.employee.id } }, select: { id: true } });
    const ids = new Set(active.map((e) => e.id));
    return people.all.filter((e) => ids.has(e.id) && e.id !== people.supervisor.id && e.role !== 'HR');
  }

  async function lastCardText(chatId: string, lang: 'id' | 'en' = 'id'): Promise<string> {
    const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
    const cards = rows.map((r) => r.payload as unknown as OutboundMessage).filter((m) => m.kind === 'choices' && m.ref?.startsWith('step:'));
    const card = cards.at(-1);
    if (card?.kind !== 'choices') throw new Error(`no card (${lang})`);
    return card.text;
  }

  it('lists the colleagues away on overlapping days, granted or pending, and how many of the unit remain', async () => {
    const [granted, pending, elsewhen] = await colleagues();
    expect(elsewhen).toBeDefined();
    const others = people.all.filter((e) => e.unitId !== people.employee.unitId && e.role === 'EMPLOYEE' && e.supervisorId !== null && e.supervisorId !== people.chief.id);
    const other = others[0]!;
    const first = await submit(granted!, '2026-12-08', '2026-12-10');
    await db.prisma.leaveRequest.update({ where: { id: first.id }, data: { status: 'APPROVED' } });
    await submit(pending!, '2026-12-04', '2026-12-07');
    await submit(elsewhen!, '2026-12-14', '2026-12-15');
    await submit(other, '2026-12-08', '2026-12-08');
    const unitSize = await db.prisma.employee.count({ where: { unitId: people.employee.unitId, active: true } });

    const request = await submit(people.employee, '2026-12-07', '2026-12-09');
    const away = await loadUnitAway(db.prisma, request);
    expect(away).toEqual({
      away: [
        { name: pending!.name, typeCode: 'CT', start: '2026-12-04', end: '2026-12-07', granted: false },
        { name: granted!.name, typeCode: 'CT', start: '2026-12-08', end: '2026-12-10', granted: true },
      ],
      unitSize,
      remaining: unitSize - 3,
    });

    const text = await lastCardText('boss');
    expect(text).toContain(
      [
        'Rekan unit yang cuti pada hari-hari itu:',
        `• ${pending!.name}: Cuti Tahunan, 4-7 Des 2026 (menunggu keputusan)`,
        `• ${granted!.name}: Cuti Tahunan, 8-10 Des 2026`,
        `Yang tetap bertugas: ${unitSize - 3} dari ${unitSize} pegawai unit.`,
      ].join('\n'),
    );
    expect(text).not.toContain(elsewhen!.name);
    expect(text).not.toContain(other.name);
  });

  it('says so when nobody else is away, in English too', async () => {
    await db.prisma.employee.update({ where: { id: people.supervisor.id }, data: { language: 'en' } });
    const unitSize = await db.prisma.employee.count({ where: { unitId: people.employee.unitId, active: true } });
    await submit(people.employee, '2026-12-07', '2026-12-09');
    const text = await lastCardText('boss', 'en');
    expect(text).toContain(`No colleague of the unit is away on those days. Still at work: ${unitSize - 1} of the unit’s ${unitSize} employees.`);
  });

  it('reads the unit with a bounded number of statements, whatever the number of requests in the city', async () => {
    const request = await submit(people.employee, '2026-12-07', '2026-12-09');
    const queries: string[] = [];
    const { prisma } = db;
    const counted = prisma.$extends({
      query: {
        $allOperations: async ({ operation, model, args, query }) => {
          queries.push(`${model ?? ''}.${operation}`);
          return query(args);
        },
      },
    });
    await loadUnitAway(counted as unknown as Tx, request);
    expect(queries).toEqual(['Employee.findUniqueOrThrow', 'LeaveRequest.findMany', 'Employee.count']);
  });
});
