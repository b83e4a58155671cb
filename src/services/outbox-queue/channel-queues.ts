import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import type { Tx } from '../../store/database';
import { outboxBacklog } from './outbox-backlog';

/** The waiting messages of one channel, both lanes together. */
export interface ChannelQueue {
  channel: ChannelName;
  pending: number;
  /** Seconds until the last of them is sent at the channel's pace; null when this process knows no pace for the channel. */
  drainSeconds: number | null;
}

/**
 * Each channel with messages waiting: how many, and when the last goes out
 * (the bulk lane's drain time, which counts the interactive lane sent
 * before it). The per-lane queue of the admin API, summed per channel for
 * the HR digest.
 */
export async function channelQueues(tx: Pick<Tx, 'outboxMessage'>, rates: SendRates, now: Date): Promise<ChannelQueue[]> {
  const queues = new Map<ChannelName, ChannelQueue>();
  for (const lane of await outboxBacklog(tx, rates, now)) {
    if (lane.pending === 0) continue;
    const seen = queues.get(lane.channel);
    const drain = seen ? (seen.drainSeconds === null || lane.drainSeconds === null ? null : Math.max(seen.drainSeconds, lane.drainSeconds)) : lane.drainSeconds;
    queues.set(lane.channel, { channel: lane.channel, pending: (seen?.pending ?? 0) + lane.pending, drainSeconds: drain });
  }
  return [...queues.values()];
}
