import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from '../../src/clock';
import { submitLeave } from '../../src/services/leave/submit-leave';
import { openDatabase, type Database, type Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';

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

/** Loads the bench organisation into a migrated, empty database: demo org of 10,000, every employee linked on Telegram, pending requests. */
export async function loadBenchOrganisation(db: Database, clock: Clock = systemClock, pendingCount = 300): Promise<void> {
  await seedDemo(db, clock, ORG_SIZE);
  // The bench organisation stands for real staff reached over Telegram, not demo people kept to the local chat.
  await db.prisma.employee.updateMany({ data: { demo: false } });
  const employees = await db.prisma.employee.findMany({ select: { id: true, name: true, supervisorId: true }, orderBy: { id: 'asc' } });
  await db.prisma.chatIdentity.createMany({
    data: employees.map((e, i) => ({ channel: 'TELEGRAM' as const, externalId: String(chatIdOf(i)), employeeId: e.id, verifiedAt: clock.now() })),
  });
  const staff = employees.filter((e) => e.supervisorId !== null && employees.some((s) => s.id === e.supervisorId && s.supervisorId !== null));
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
  const supervisors = new Set(employees.map((e) => e.supervisorId).filter((id): id is number => id !== null));
  const chatOf = new Map(employees.map((e, i) => [e.id, chatIdOf(i)]));
  const steps = await db.prisma.approvalStep.findMany({ where: { status: 'PENDING' }, select: { token: true, approverId: true }, orderBy: { id: 'asc' } });
  const period = await db.prisma.payrollPeriod.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { period: true }, orderBy: { period: 'desc' } });
  return {
    people: employees.map((e, i) => ({ employeeId: e.id, chatId: chatIdOf(i), supervisor: supervisors.has(e.id) })),
    pending: steps.map((s) => ({ token: s.token, approverChatId: chatOf.get(s.approverId)! })),
    period: period.period,
  };
}

/** The migrations' names: a template built for other migrations is stale. */
export function migrationsStamp(provider: 'sqlite' | 'postgresql'): string {
  const dir = join(process.cwd(), 'prisma', provider, 'migrations');
  if (!existsSync(dir)) return '0';
  const names = readdirSync(dir).filter((n) => !n.endsWith('.toml')).sort();
  return `${names.length}-${(names.at(-1) ?? '').slice(0, 14)}`;
}

export function cacheDir(): string {
  const dir = join(process.cwd(), 'bench', 'results', 'cache');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export { openDatabase };
