import type { ChannelName } from '../../chat/channel-name';
import type { OutboxLane } from '../../chat/outbox-lane';
import type { Tx } from '../../store/database';

/** Pending outbox messages of one channel, lane and priority. */
export interface BacklogGroup {
  channel: ChannelName;
  lane: OutboxLane;
  /** The rows' send priority (SEND_PRIORITY: higher is sent first). */
  priority: number;
  pending: number;
  /** When the oldest of them was queued. */
  oldestAt: Date;
}

/**
 * The outbox's pending messages per channel, lane and priority, with the oldest's
 * queue time: one grouped read of the PENDING rows (the status index), for
 * /metrics and /ready to compute at the moment they are asked, and the one
 * read the queue's drain times are built on (services/outbox-queue).
 */
export async function outboxBacklog(client: Pick<Tx, 'outboxMessage'>): Promise<BacklogGroup[]> {
  const groups = await client.outboxMessage.groupBy({
    by: ['channel', 'lane', 'priority'],
    where: { status: 'PENDING' },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  return groups.map((g) => ({ channel: g.channel, lane: g.lane, priority: g.priority, pending: g._count._all, oldestAt: g._min.createdAt ?? new Date() }));
}
