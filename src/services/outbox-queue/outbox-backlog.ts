import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import type { OutboxLane } from '../../chat/outbox-lane';
import type { Tx } from '../../store/database';
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
 * expected drain time. One grouped query; every channel with a pace is
 * listed with both lanes, also when empty. What HR's digest, the admin API
 * and the metrics show.
 */
export async function outboxBacklog(tx: Pick<Tx, 'outboxMessage'>, rates: SendRates, now: Date): Promise<LaneBacklog[]> {
  const groups = await tx.outboxMessage.groupBy({
    by: ['channel', 'lane'],
    where: { status: 'PENDING' },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const found = new Map(groups.map((g) => [`${g.channel}:${g.lane}`, g]));
  const channels = [...new Set<ChannelName>([...rates.keys(), ...groups.map((g) => g.channel)])].sort();
  return channels.flatMap((channel) => {
    const pendingOf = (lane: OutboxLane) => found.get(`${channel}:${lane}`)?._count._all ?? 0;
    return LANES.map((lane): LaneBacklog => {
      const oldestAt = found.get(`${channel}:${lane}`)?._min.createdAt ?? null;
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
