import { AppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Envelope } from '../../chat/envelope';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { PayrollActor } from './payroll-actor';
import { runName } from './import-payroll-month';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind, requirePayrollPeriod } from './payroll-period';
import { slipWords } from './slip-period-label';
import { payslipRecipients, type PayslipRecipient } from './payslip-recipients';
import { loadPayrollPublishRule } from './payroll-publish-rule';
import { secondOfficerStep } from './second-officer';

export interface PublishPayrollMonthInput {
  period: string;
  /** Which run of the month (default GAJI). */
  kind?: PayslipKind;
  actor: PayrollActor;
  now?: Date;
}

export interface PublishOutcome {
  period: string;
  kind: PayslipKind;
  revision: number;
  /** The month was PUBLISHED before this call (nothing changed but missing notifications). */
  alreadyPublished: boolean;
  /** Notifications added to the outbox by this call. */
  notified: number;
  slips: number;
  /** The city's rule asks a second officer: this call recorded the request and published nothing. */
  awaitingSecondOfficer: boolean;
  /** Who asked to publish, when a second officer confirmed it (null otherwise). */
  requestedBy: string | null;
}

/** The outbox key of one employee's "your payslip is ready" message for one revision of a month. */
export function publishedNoticeKey(period: string, revision: number, employeeId: number, kind: PayslipKind = DEFAULT_PAYSLIP_KIND): string {
  return `payslip.published:${kind === 'TPP' ? 'tpp:' : ''}${period}:r${revision}:e${employeeId}`;
}

/**
 * Makes a month's slips available in chat and tells every employee with a
 * verified, reachable chat that theirs is ready (in their language), through
 * the outbox, which paces the sending. Safe to call again: the status and
 * publication time stay, and only notifications not yet queued for this
 * revision are added (one per employee, period and revision). When the
 * city's rule asks for a second officer (loadPayrollPublishRule), the first
 * call only records the request and a different officer's call publishes
 * (secondOfficerStep).
 * Throws AppError('payslip.period.not_found'), AppError('conflict.payroll_same_officer')
 * and AppError('payslip.publish.person_required').
 */
export async function publishPayrollMonth(tx: Tx, input: PublishPayrollMonthInput): Promise<PublishOutcome> {
  const period = requirePayrollPeriod(input.period);
  const kind = input.kind ?? DEFAULT_PAYSLIP_KIND;
  const found = await tx.payrollPeriod.findUnique({
    where: { period_kind: { period, kind } },
    select: { id: true, status: true, revision: true, publishRequestedById: true, publishRequestedBy: true, _count: { select: { payslips: true } } },
  });
  if (!found) throw new AppError('payslip.period.not_found', { period: runName(period, kind) });
  const alreadyPublished = found.status === 'PUBLISHED';
  const now = input.now ?? new Date();
  let requestedBy: string | null = null;
  if (!alreadyPublished) {
    if ((await loadPayrollPublishRule(tx)).secondOfficer) {
      const second = await secondOfficerStep(tx, found, { actor: input.actor, runName: runName(period, kind), now });
      if (second.step === 'requested') {
        return { period, kind, revision: found.revision, alreadyPublished, notified: 0, slips: found._count.payslips, awaitingSecondOfficer: true, requestedBy: null };
      }
      requestedBy = second.requestedBy;
    }
    await tx.payrollPeriod.update({
      where: { id: found.id },
      data: { status: 'PUBLISHED', publishedAt: now, publishedBy: input.actor.actorName },
      select: { id: true },
    });
  }
  const envelopes = await unsentNotices(tx, period, kind, found.revision, await payslipRecipients(tx, found.id));
  await enqueue(tx, envelopes);
  if (!alreadyPublished) {
    await writeAudit(tx, {
      ...input.actor,
      action: 'payroll.published',
      entity: 'PayrollPeriod',
      entityId: runName(period, kind),
      data: { kind, revision: found.revision, slips: found._count.payslips, notified: envelopes.length, ...(requestedBy !== null ? { requestedBy } : {}) },
    });
  }
  return { period, kind, revision: found.revision, alreadyPublished, notified: envelopes.length, slips: found._count.payslips, awaitingSecondOfficer: false, requestedBy };
}

async function unsentNotices(tx: Tx, period: string, kind: PayslipKind, revision: number, recipients: readonly PayslipRecipient[]): Promise<Envelope[]> {
  const envelopes = recipients.map(
    (r): Envelope => ({
      channel: r.channel,
      chatId: r.chatId,
      dedupeKey: publishedNoticeKey(period, revision, r.employeeId, kind),
      purpose: 'payslip',
      message: { kind: 'text', text: translate(r.lang, 'payslip.published', slipWords(period, kind, r.lang)) },
    }),
  );
  const queued = await tx.outboxMessage.findMany({
    where: { dedupeKey: { in: envelopes.map((e) => e.dedupeKey!) } },
    select: { dedupeKey: true },
  });
  const done = new Set(queued.map((q) => q.dedupeKey));
  return envelopes.filter((e) => !done.has(e.dedupeKey!));
}
