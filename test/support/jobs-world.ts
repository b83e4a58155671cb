import { randomBytes } from 'node:crypto';
import { fixedClock } from '../../src/clock';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import type { JobContext } from '../../src/jobs/job-definition';
import type { Database } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from './factories';

/** Friday 27 Nov 2026, 10:00 in Jakarta: the jobs tests' "now". */
export const NOW = '2026-11-27T03:00:00Z';

export type Person = Awaited<ReturnType<typeof demoPeople>>['employee'];

/** The demo organisation with Telegram chats for the people jobs write to (`tg-<id>`). */
export async function jobsWorld(db: Database) {
  const clock = fixedClock(NOW);
  await seedDemo(db, clock);
  const people = await demoPeople(db);
  for (const p of [people.employee, people.supervisor, people.chief, people.hr, people.pppk]) {
    await linkIdentity(db, 'TELEGRAM', `tg-${p.id}`, p.nip);
  }
  let woken = 0;
  const ctx: JobContext = { db, clock, wakeOutbox: () => (woken += 1) };
  return { clock, ctx, woken: () => woken, ...people };
}

/** Removes what one test leaves behind, keeping the organisation. */
export async function resetActivity(db: Database): Promise<void> {
  await db.prisma.leavePaper.deleteMany();
  await db.prisma.approvalStep.deleteMany();
  await db.prisma.leaveRequest.deleteMany();
  await db.prisma.outboxMessage.deleteMany();
  await db.prisma.jobRun.deleteMany();
  await db.prisma.chatIdentity.updateMany({ data: { unreachableAt: null } });
}

export interface RequestSpec {
  employee: Pick<Person, 'id'>;
  approver?: Pick<Person, 'id'>;
  typeCode?: string;
  start: string;
  end: string;
  days?: number;
  status?: 'PENDING' | 'APPROVED' | 'CHANGED' | 'REJECTED' | 'DEFERRED' | 'CANCELLED';
  /** LeaveRequest.detail as the services store it (e.g. the CT days charged per year). */
  detail?: Record<string, unknown>;
  /** When the (only) step started waiting. */
  activatedAt?: string;
  remindedCount?: number;
  createdAt?: string;
  decidedAt?: string;
}

/** A leave request with one supervisor step, as the leave services would have left it. */
export async function makeRequest(db: Database, spec: RequestSpec) {
  const status = spec.status ?? 'PENDING';
  const request = await db.prisma.leaveRequest.create({
    data: {
      ref: `CT-${randomBytes(4).toString('hex')}`,
      employeeId: spec.employee.id,
      typeCode: spec.typeCode ?? 'CT',
      startDate: spec.start,
      endDate: spec.end,
      days: spec.days ?? 1,
      reason: 'Urusan keluarga',
      address: 'Jl. Ahmad Yani 12, Serang',
      status,
      ...(spec.detail ? { detail: spec.detail as object } : {}),
      submittedById: spec.employee.id,
      submittedVia: 'TELEGRAM',
      ...(spec.createdAt ? { createdAt: new Date(spec.createdAt) } : {}),
      ...(spec.decidedAt ? { decidedAt: new Date(spec.decidedAt) } : {}),
    },
  });
  if (spec.approver) {
    await db.prisma.approvalStep.create({
      data: {
        requestId: request.id,
        order: 1,
        role: 'SUPERVISOR',
        token: randomBytes(5).toString('hex'),
        approverId: spec.approver.id,
        status: status === 'PENDING' ? 'PENDING' : 'DECIDED',
        activatedAt: new Date(spec.activatedAt ?? NOW),
        remindedCount: spec.remindedCount ?? 0,
      },
    });
  }
  return request;
}

/** Texts queued for one chat, oldest first. */
export async function textsTo(db: Database, chatId: string): Promise<string[]> {
  const rows = await db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { payload: true } });
  return rows.map((r) => {
    const m = r.payload as unknown as OutboundMessage;
    return m.kind === 'document' ? `[${m.fileName}] ${m.caption}` : m.text;
  });
}
