import type { OutboundMessage } from './outbound-message';

/**
 * The outbox's two lanes: INTERACTIVE rows of any chat are claimed and sent
 * before BULK rows, so a payslip broadcast or a month of reminders never
 * holds back the answer someone is waiting for.
 */
export type OutboxLane = 'INTERACTIVE' | 'BULK';

/**
 * Why a message is sent, as whoever enqueues it names it. The lane follows
 * from it here and nowhere else:
 * - reply: a conversation's answer, or a channel's answer to what someone sent;
 * - card: a decision card for an approver, and the edit that closes it;
 * - code: a one-time code someone is typing back;
 * - alert: a security or operational alert (a chat linked or unlinked, WhatsApp logged out);
 * - notice: news of something done elsewhere (a decision, a letter issued, a delegation);
 * - reminder, digest: scheduled messages;
 * - payslip: a payslip PDF, or the broadcast that a month's slips are ready.
 */
const LANE_OF_PURPOSE = {
  reply: 'INTERACTIVE',
  card: 'INTERACTIVE',
  code: 'INTERACTIVE',
  alert: 'INTERACTIVE',
  notice: 'BULK',
  reminder: 'BULK',
  digest: 'BULK',
  payslip: 'BULK',
} as const satisfies Record<string, OutboxLane>;

export type MessagePurpose = keyof typeof LANE_OF_PURPOSE;

/** Whether a message is a payslip PDF (rendered at send time): bulk whoever sends it, also as a conversation's reply. */
export function isPayslipDocument(message: OutboundMessage): boolean {
  return message.kind === 'document' && message.source.type === 'payslip';
}

/** The lane of an outbox row, from its purpose and message (one rule for every writer of outbox rows). */
export function laneOf(purpose: MessagePurpose, message: OutboundMessage): OutboxLane {
  return isPayslipDocument(message) ? 'BULK' : LANE_OF_PURPOSE[purpose];
}
