import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import { payslipRef, type OutboundMessage } from '../../chat/outbound-message';
import { formatWait } from '../../i18n/format-wait';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { bulkQueueWait } from '../outbox-queue/queue-wait';
import { findPublishedSlip, requestPayslip, type RequestPayslipInput } from './request-payslip';
import { DEFAULT_PAYSLIP_KIND, requirePayrollPeriod } from './payroll-period';
import { slipWords } from './slip-period-label';

/** A payslip expected later than this is announced with its wait. */
export const ANNOUNCE_WAIT_SECONDS = 60;

export interface DeliverPayslipInput extends RequestPayslipInput {
  channel: ChannelName;
  chatId: string;
  /** The channels' send rates; without one no wait is told. */
  sendRates?: SendRates | undefined;
}

/**
 * What the chat gets when an employee asks for a month's slip. Payslip PDFs
 * travel in the outbox's bulk lane, so on payslip day one may wait behind
 * thousands: when the same slip is still queued for this chat, they are
 * told roughly when it will arrive (nothing is queued again); otherwise the
 * slip is handed over (requestPayslip: checks, delivery record, audit) and,
 * when it will take a minute or more, preceded by that estimate.
 */
export async function deliverPayslip(tx: Tx, input: DeliverPayslipInput): Promise<OutboundMessage[]> {
  const period = requirePayrollPeriod(input.period);
  const lang = input.lang ?? 'id';
  const kind = input.kind ?? DEFAULT_PAYSLIP_KIND;
  const rates = input.sendRates ?? new Map();
  const said = (wait: number) => ({ kind: 'text' as const, text: translate(lang, 'payslip.queued', { ...slipWords(period, kind, lang), wait: formatWait(wait, lang) }) });
  const found = await findPublishedSlip(tx, input.actor.employeeId, period, kind);
  const queued = found && (await queuedSlipRow(tx, input, found.id));
  if (queued) {
    const wait = await bulkQueueWait(tx, rates, input.channel, queued);
    if (wait !== null) return [said(wait)];
  }
  const slip = await requestPayslip(tx, input, found);
  const wait = await bulkQueueWait(tx, rates, input.channel, null);
  return wait !== null && wait >= ANNOUNCE_WAIT_SECONDS ? [said(wait), slip] : [slip];
}

/** The outbox row of this chat still waiting to carry the slip `slipId`, if any. */
async function queuedSlipRow(tx: Tx, input: DeliverPayslipInput, slipId: number): Promise<number | null> {
  return tx.$dialect.reads.pendingOutboxRef(tx, input.channel, input.chatId, payslipRef(slipId));
}
