import type { Tx } from '../../store/database';
import { startsWithIndexed } from '../../store/starts-with';
import { RETRY_LIMIT, retryDeadMessages } from '../ops/retry-dead-messages';
import { type AuditEntry, writeAudit } from '../audit';
import { runName } from './import-payroll-month';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind, requirePayrollPeriod } from './payroll-period';
import { publishedNoticeKey } from './publish-payroll-month';

export interface PayrollDelivery {
  /** "Your slip is ready" messages of the run's current revision, by outbox state. */
  sent: number;
  failed: number;
  waiting: number;
  /** Employees with a slip in the run and no verified chat: nobody can tell them. */
  notLinked: number;
  slips: number;
}

/** The outbox keys of one run's notices start so (publishedNoticeKey without the employee): a range on the unique dedupeKey index. */
function noticePrefix(period: string, kind: PayslipKind, revision: number): string {
  return publishedNoticeKey(period, revision, 0, kind).replace(/0$/, '');
}

async function findRun(tx: Tx, period: string, kind: PayslipKind) {
  return tx.payrollPeriod.findUnique({ where: { period_kind: { period: requirePayrollPeriod(period), kind } }, select: { id: true, revision: true } });
}

/** How far one run's notices got: sent, failed (dead letters), still waiting, and the employees no chat reaches. Null: no such run. */
export async function payrollDelivery(tx: Tx, period: string, kind: PayslipKind = DEFAULT_PAYSLIP_KIND): Promise<PayrollDelivery | null> {
  const run = await findRun(tx, period, kind);
  if (!run) return null;
  const [counts, notLinked, slips] = await Promise.all([
    tx.outboxMessage.groupBy({ by: ['status'], where: { dedupeKey: startsWithIndexed(noticePrefix(period, kind, run.revision)) }, _count: { _all: true } }),
    tx.payslip.count({ where: { periodId: run.id, employee: { identities: { none: { verifiedAt: { not: null } } } } } }),
    tx.payslip.count({ where: { periodId: run.id } }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return { sent: count('SENT'), failed: count('DEAD'), waiting: count('PENDING'), notLinked, slips };
}

/**
 * Puts the run's failed notices (its current revision's dead letters, at
 * most RETRY_LIMIT) back in the queue through retryDeadMessages, audited with
 * the person; other runs' and other messages' dead letters stay. Returns how
 * many went back, or null when there is no such run.
 */
export async function resendPayrollNotices(
  tx: Tx,
  input: { period: string; kind?: PayslipKind; now: Date; by: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> },
): Promise<number | null> {
  const kind = input.kind ?? DEFAULT_PAYSLIP_KIND;
  const run = await findRun(tx, input.period, kind);
  if (!run) return null;
  const dead = await tx.outboxMessage.findMany({
    where: { status: 'DEAD', dedupeKey: startsWithIndexed(noticePrefix(input.period, kind, run.revision)) },
    select: { id: true }, orderBy: { id: 'asc' }, take: RETRY_LIMIT,
  });
  const retried = await retryDeadMessages(tx, { ids: dead.map((m) => m.id), now: input.now, by: input.by });
  if (retried.length > 0) {
    await writeAudit(tx, { ...input.by, action: 'payroll.notices_resent', entity: 'PayrollPeriod', entityId: runName(input.period, kind), data: { revision: run.revision, messages: retried.length } });
  }
  return retried.length;
}
