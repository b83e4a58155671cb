import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import type { Tx } from '../../store/database';
import { drainSeconds } from './drain-seconds';

/**
 * Roughly how many seconds until a bulk message of `channel` is sent: the
 * waiting interactive messages (they go first) and the bulk ones ahead of it
 * (`beforeId`: rows enqueued before the outbox row `beforeId`; null: every
 * one, for a message about to be enqueued), itself included, at the
 * channel's pace. Null when the pace is unknown.
 */
export async function bulkQueueWait(tx: Pick<Tx, 'outboxMessage'>, rates: SendRates, channel: ChannelName, beforeId: number | null): Promise<number | null> {
  const rate = rates.get(channel);
  if (rate === undefined) return null;
  const [interactive, bulk] = await Promise.all([
    tx.outboxMessage.count({ where: { status: 'PENDING', channel, lane: 'INTERACTIVE' } }),
    tx.outboxMessage.count({ where: { status: 'PENDING', channel, lane: 'BULK', ...(beforeId === null ? {} : { id: { lt: beforeId } }) } }),
  ]);
  return drainSeconds(interactive + bulk + 1, rate);
}
