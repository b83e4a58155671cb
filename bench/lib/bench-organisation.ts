import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../src/clock';
import { submitLeave } from '../../src/services/leave/submit-leave';
import { openDatabase, type Database, type Tx } from '../../src/store/database';
import { demoHolidays } from '../../src/store/seed/demo-holidays';
import { demoPayslipLines } from '../../src/store/seed/demo-payslip';
import { generateCity } from '../../src/store/seed/generate-city';
import { insertCity } from '../../src/store/seed/insert-city';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { jakartaDay } from '../../src/domain/day';

export const ORG_SIZE = 10_000;
/** Telegram user (= private chat) id of employee number i (0-based, in id order). */
export const chatIdOf = (index: number) => 7_000_000 + index;

/** What the load generator needs to know about the organisation in the database. */
export interface BenchOrganisation {
  /** Employees in id order: their Telegram chat id and whether they supervise. */
  people: Array<{ employeeId: number; chatId: number; supervisor: boolean }>;
  /** Pending first steps, with the approver's chat: the approvals the bench presses. */
  pending: Array<{ token: string; approverChatId: number }>;
  /** The published payroll month the seed created ("YYYY-MM"). */
  period: string;
}

/**
 * Which organisation the bench runs on: `city`, the generated city of 10,000
 * (35 OPD, ~500 units, officials per agency, delegations: what a city's
 * deployment holds), or `demo`, the demo seed's one agency of 10,000 in a
 * handful of units (what the bench ran on before; kept to compare with older trees).
 */
export type BenchOrgKind = 'city' | 'demo';

/** The generated city with what the webhook's mix asks for: holidays and last month's published payroll. */
async function loadCity(db: Database, clock: Clock): Promise<void> {
  const today = jakartaDay(clock.now());
  await insertCity(db, generateCity(ORG_SIZE), Number(today.slice(0, 4)));
  const [y, m] = today.split('-').map(Number) as [number, number];
  const period = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const employees = await db.prisma.employee.findMany({ select: { id: true, rank: true }, orderBy: { id: 'asc' } });
  await db.prisma.holiday.createMany({ data: demoHolidays.map((h) => ({ ...h })) });
  const payroll = await db.prisma.payrollPeriod.create({ data: { period, status: 'PUBLISHED', importedBy: 'bench', publishedAt: clock.now(), publishedBy: 'bench' } });
  const slips = employees.map((e, i) => {
    const lines = demoPayslipLines(e.rank, i % 3 !== 0, i % 4, false);
    const earnings = lines.filter((l) => l.kind === 'EARNING').reduce((sum, l) => sum + l.amount, 0);
    const deductions = lines.filter((l) => l.kind === 'DEDUCTION').reduce((sum, l) => sum + l.amount, 0);
    return { employeeId: e.id, earnings, deductions, lines };
  });
  for (let i = 0; i < slips.length; i += 1000) {
    const part = slips.slice(i, i + 1000);
    await db.prisma.payslip.createMany({
      data: part.map((slip, k) => ({ employeeId: slip.employeeId, earnings: slip.earnings, deductions: slip.deductions, net: slip.earnings - slip.deductions, periodId: payroll.id, verificationCode: `BENCH${String(i + k).padStart(6, '0')}` })),
    });
    const ids = new Map((await db.prisma.payslip.findMany({ where: { periodId: payroll.id, employeeId: { in: part.map((p) => p.employeeId) } }, select: { id: true, employeeId: true } })).map((p) => [p.employeeId, p.id]));
    await db.prisma.payslipLine.createMany({ data: part.flatMap((slip) => slip.lines.map((l, position) => ({ ...l, position, payslipId: ids.get(slip.employeeId)! }))) });
  }
}

/** Loads the bench organisation into a migrated, empty database: 10,000 employees, every one linked on Telegram, pending requests. */
export async function loadBenchOrganisation(db: Database, kind: BenchOrgKind = 'city', clock: Clock = systemClock, pendingCount = 300): Promise<void> {
  if (kind === 'city') await loadCity(db, clock);
  else await seedDemo(db, clock, ORG_SIZE);
  // The bench organisation stands for real staff reached over Telegram, not demo people kept to the local chat.
  await db.prisma.employee.updateMany({ data: { demo: false } });
  const employees = await db.prisma.employee.findMany({ select: { id: true, name: true, supervisorId: true }, orderBy: { id: 'asc' } });
  await db.prisma.chatIdentity.createMany({
    data: employees.map((e, i) => ({ channel: 'TELEGRAM' as const, externalId: String(chatIdOf(i)), employeeId: e.id, verifiedAt: clock.now() })),
  });
  // Staff below a supervisor who has one too (the demo seed), or anyone who heads no unit (the city, whose approvers are the unit heads).
  const heads = new Set((await db.prisma.orgUnit.findMany({ select: { headId: true } })).map((u) => u.headId));
  const staff = kind === 'city'
    ? employees.filter((e) => !heads.has(e.id))
    : employees.filter((e) => e.supervisorId !== null && employees.some((s) => s.id === e.supervisorId && s.supervisorId !== null));
  const start = firstMondayAfter(clock.now(), 14);
  let submitted = 0;
  for (const e of staff) {
    if (submitted >= pendingCount) break;
    try {
      await db.prisma.$transaction((tx) =>
        submitLeave(tx as Tx, { clock }, {
          employeeId: e.id,
          actor: { type: 'EMPLOYEE', employeeId: e.id, name: e.name, channel: 'TELEGRAM' },
          typeCode: 'CT',
          start,
          end: start,
          reason: 'Urusan keluarga',
          address: 'Jl. Veteran 3, Serang',
        }),
      );
      submitted += 1;
    } catch {
      // An employee without enough balance or eligibility: the next one.
    }
  }
  // The seed's own notifications are not part of the bench.
  await db.prisma.outboxMessage.deleteMany({});
}

function firstMondayAfter(now: Date, days: number): string {
  const d = new Date(now.getTime() + days * 86_400_000);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Reads what the load generator needs from a prepared database. */
export async function readBenchOrganisation(db: Database): Promise<BenchOrganisation> {
  const employees = await db.prisma.employee.findMany({ select: { id: true, supervisorId: true }, orderBy: { id: 'asc' } });
  const heads = (await db.prisma.orgUnit.findMany({ select: { headId: true } })).map((u) => u.headId);
  // Whoever approves: a supervisor named on someone (the demo seed) or a unit's head (the city).
  const supervisors = new Set([...employees.map((e) => e.supervisorId), ...heads].filter((id): id is number => id !== null));
  const chatOf = new Map(employees.map((e, i) => [e.id, chatIdOf(i)]));
  const steps = await db.prisma.approvalStep.findMany({ where: { status: 'PENDING' }, select: { token: true, approverId: true }, orderBy: { id: 'asc' } });
  const period = await db.prisma.payrollPeriod.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { period: true }, orderBy: { period: 'desc' } });
  return {
    people: employees.map((e, i) => ({ employeeId: e.id, chatId: chatIdOf(i), supervisor: supervisors.has(e.id) })),
    pending: steps.map((s) => ({ token: s.token, approverChatId: chatOf.get(s.approverId)! })),
    period: period.period,
  };
}

/** The organisation and the migrations' names: a template built for another organisation or other migrations is stale. */
export function migrationsStamp(provider: 'sqlite' | 'postgresql', kind: BenchOrgKind): string {
  const dir = join(process.cwd(), 'prisma', provider, 'migrations');
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => !n.endsWith('.toml')).sort() : [];
  return `${kind}-${names.length}-${(names.at(-1) ?? '').slice(0, 14)}`;
}

export function cacheDir(): string {
  const dir = join(process.cwd(), 'bench', 'results', 'cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export { openDatabase };
