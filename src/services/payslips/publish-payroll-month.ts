import { AppError } from '../../domain/app-error';
import { formatPeriod } from '../../domain/format';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Envelope } from '../../chat/envelope';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { PayrollActor } from './payroll-actor';
import { requirePayrollPeriod } from './payroll-period';
import { payslipRecipients, type PayslipRecipient } from './payslip-recipients';

export interface PublishPayrollMonthInput {
  period: string;
  actor: PayrollActor;
  now?: Date;
}

export interface PublishOutcome {
  period: string;
  revision: number;
  /** The month was PUBLISHED before this call (nothing changed but missing notifications). */
  alreadyPublished: boolean;
  /** Notifications added to the outbox by this call. */
  notified: number;
  slips: number;
}

/** The outbox key of one employee's "your payslip is ready" message for one revision of a month. */
export function publishedNoticeKey(period: string, revision: number, employeeId: number): string {
  return `payslip.published:${period}:r${revision}:e${employeeId}`;
}

/**
 * Makes a month's slips available in chat and tells every employee with a
 * verified, reachable chat that theirs is ready (in their language), through
 * the outbox, which paces the sending. Safe to call again: the status and
 * publication time stay, and only notifications not yet queued for this
 * revision are added (one per employee, period and revision).
 * Throws AppError('payslip.period.not_found').
 */
export async function publishPayrollMonth(tx: Tx, input: PublishPayrollMonthInput): Promise<PublishOutcome> {
  const period = requirePayrollPeriod(input.period);
  const found = await tx.payrollPeriod.findUnique({
    where: { period },
    select: { id: true, status: true, revision: true, _count: { select: { payslips: true } } },
  });
  if (!found) throw new AppError('payslip.period.not_found', { period });
  const alreadyPublished = found.status === 'PUBLISHED';
  if (!alreadyPublished) {
    await tx.payrollPeriod.update({
      where: { id: found.id },
      data: { status: 'PUBLISHED', publishedAt: input.now ?? new Date(), publishedBy: input.actor.actorName },
      select: { id: true },
    });
  }
  const envelopes = await unsentNotices(tx, period, found.revision, await payslipRecipients(tx, found.id));
  await enqueue(tx, envelopes);
  if (!alreadyPublished) {
    await writeAudit(tx, {
      ...input.actor,
      action: 'payroll.published',
      entity: 'PayrollPeriod',
      entityId: period,
      data: { revision: found.revision, slips: found._count.payslips, notified: envelopes.length },
    });
  }
  return { period, revision: found.revision, alreadyPublished, notified: envelopes.length, slips: found._count.payslips };
}

async function unsentNotices(tx: Tx, period: string, revision: number, recipients: readonly PayslipRecipient[]): Promise<Envelope[]> {
  const envelopes = recipients.map(
    (r): Envelope => ({
      channel: r.channel,
      chatId: r.chatId,
      dedupeKey: publishedNoticeKey(period, revision, r.employeeId),
      purpose: 'payslip',
      message: { kind: 'text', text: translate(r.lang, 'payslip.published', { period: formatPeriod(period, r.lang) }) },
    }),
  );
  const queued = await tx.outboxMessage.findMany({
    where: { dedupeKey: { in: envelopes.map((e) => e.dedupeKey!) } },
    select: { dedupeKey: true },
  });
  const done = new Set(queued.map((q) => q.dedupeKey));
  return envelopes.filter((e) => !done.has(e.dedupeKey!));
}
