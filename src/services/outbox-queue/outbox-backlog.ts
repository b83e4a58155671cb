import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import type { OutboxLane } from '../../chat/outbox-lane';
import type { Tx } from '../../store/database';
import { outboxBacklog as pendingGroups } from '../ops/outbox-backlog';
import { drainSeconds } from './drain-seconds';

/** The waiting messages of one channel and lane. */
export interface LaneBacklog {
  channel: ChannelName;
  lane: OutboxLane;
  /** PENDING rows (waiting, leased for a send, or waiting for a retry). */
  pending: number;
  /** When the oldest of them was enqueued (null: none). */
  oldestAt: Date | null;
  /** Seconds since then (0: none). */
  oldestAgeSeconds: number;
  /**
   * Seconds until the last of them is sent at the channel's pace, the
   * interactive lane first (so the bulk lane's time includes it); null when
   * this process knows no pace for the channel.
   */
  drainSeconds: number | null;
}

const LANES: readonly OutboxLane[] = ['INTERACTIVE', 'BULK'];

/**
 * The outbox queue per channel and lane: its size, oldest message and
 * expected drain time, summed over priorities from the one grouped read in
 * services/ops. Every channel with a pace is listed with both lanes, also
 * when empty. What the admin API and the payslip wait notice use.
 */
export async function outboxBacklog(tx: Pick<Tx, 'outboxMessage'>, rates: SendRates, now: Date): Promise<LaneBacklog[]> {
  const found = new Map<string, { pending: number; oldestAt: Date }>();
  for (const g of await pendingGroups(tx)) {
    const key = `${g.channel}:${g.lane}`;
    const seen = found.get(key);
    found.set(key, seen ? { pending: seen.pending + g.pending, oldestAt: g.oldestAt < seen.oldestAt ? g.oldestAt : seen.oldestAt } : { pending: g.pending, oldestAt: g.oldestAt });
  }
  const channels = [...new Set<ChannelName>([...rates.keys(), ...[...found.keys()].map((k) => k.split(':')[0] as ChannelName)])].sort();
  return channels.flatMap((channel) => {
    const pendingOf = (lane: OutboxLane) => found.get(`${channel}:${lane}`)?.pending ?? 0;
    return LANES.map((lane): LaneBacklog => {
      const oldestAt = found.get(`${channel}:${lane}`)?.oldestAt ?? null;
      const pending = pendingOf(lane);
      // The interactive lane goes first: the bulk lane waits for it too.
      const ahead = lane === 'BULK' ? pendingOf('INTERACTIVE') : 0;
      return {
        channel,
        lane,
        pending,
        oldestAt,
        oldestAgeSeconds: oldestAt ? Math.max(0, Math.round((now.getTime() - oldestAt.getTime()) / 1000)) : 0,
        drainSeconds: drainSeconds(pending === 0 ? 0 : ahead + pending, rates.get(channel)),
      };
    });
  });
}
