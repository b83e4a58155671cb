import type { Actor } from '../../chat/actor';
import type { OutboundMessage } from '../../chat/outbound-message';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { DEFAULT_PAYSLIP_PASSWORD_RULE, type PayslipPasswordRule } from '../../domain/payslip/payslip-password';
import type { Tx } from '../../store/database';
import type { PublishedSlipRowData } from '../../store/dialect/payslip-reads';
import { writeAudit } from '../audit';
import { payslipCaption } from './payslip-caption';
import { PDF_MIME_TYPE, payslipFileName } from './payslip-file-name';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind, requirePayrollPeriod } from './payroll-period';

export interface RequestPayslipInput {
  actor: Actor;
  /** The chat identity the slip goes to. */
  identityId: number;
  period: string;
  /** Which slip of the month (default GAJI). */
  kind?: PayslipKind;
  lang?: Language;
  /** Which password the caption explains (the agency's PAYSLIP_PASSWORD_RULE). */
  passwordRule?: PayslipPasswordRule;
  now?: Date;
}

/** An employee's slip of a PUBLISHED month's run of `kind`, with the run's revision. */
export type PublishedSlip = PublishedSlipRowData;

export async function findPublishedSlip(tx: Tx, employeeId: number, period: string, kind: PayslipKind): Promise<PublishedSlip | null> {
  return tx.$dialect.reads.publishedSlip(tx, employeeId, period, kind);
}

/**
 * Hands an employee their slip of a published month: checks against the
 * database that the identity is verified and belongs to the actor (an active
 * employee) and that the month is PUBLISHED with a slip for them, records the
 * delivery and its audit row, and returns the document message. The PDF is
 * rendered when the outbox sends it (resolvePayslipDocument).
 * `found` is the slip when the caller looked it up already (findPublishedSlip).
 * Throws AppError('payslip.forbidden') or AppError('payslip.none_for_period').
 */
export async function requestPayslip(tx: Tx, input: RequestPayslipInput, found?: PublishedSlip | null): Promise<OutboundMessage> {
  const period = requirePayrollPeriod(input.period);
  const kind = input.kind ?? DEFAULT_PAYSLIP_KIND;
  const identity = await tx.$dialect.reads.slipIdentity(tx, input.identityId);
  if (!identity?.verifiedAt || identity.employeeId !== input.actor.employeeId || !identity.employeeActive) {
    throw new AppError('payslip.forbidden');
  }
  const slip = found === undefined ? await findPublishedSlip(tx, input.actor.employeeId, period, kind) : found;
  if (!slip) throw new AppError('payslip.none_for_period', { period });
  await tx.$dialect.writes.payslipDelivered(tx, { payslipId: slip.id, identityId: input.identityId, deliveredAt: input.now ?? new Date() });
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: input.actor.employeeId,
    actorName: input.actor.name,
    channel: identity.channel,
    action: 'payslip.delivered',
    entity: 'Payslip',
    entityId: slip.id,
    data: { period, kind, revision: slip.revision, identityId: input.identityId },
  });
  return {
    kind: 'document',
    fileName: payslipFileName(period, kind),
    mimeType: PDF_MIME_TYPE,
    caption: payslipCaption(period, input.passwordRule ?? DEFAULT_PAYSLIP_PASSWORD_RULE, input.lang ?? 'id', kind),
    source: { type: 'payslip', payslipId: slip.id },
  };
}
