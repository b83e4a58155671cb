import type { ChannelName } from '../chat/channel-name';
import type { OutboxLane } from '../chat/outbox-lane';
import type { Database } from '../store/database';
import type { ClaimRequest } from '../store/dialect/outbox-claim';

export type { ClaimRequest } from '../store/dialect/outbox-claim';

export interface ClaimedRow {
  id: number;
  channel: ChannelName;
  chatId: string;
  payload: unknown;
  attempts: number;
  lockedUntil: Date;
  /** The lowest priority of this row and the rows of its chat and lane claimed before it (its chat's turn comes at that priority). */
  priority: number;
  lane: OutboxLane;
}

/** Leases up to `limit` sendable rows to `workerId` until now + leaseMs; returns them in id order, each with its chat's effective priority in its lane. */
export async function claimMessages(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  if (request.channels.length === 0) return [];
  const rows = await db.dialect.claimOutbox(db.prisma, request);
  const sorted = rows
    .map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts), lockedUntil: new Date(row.lockedUntil), priority: Number(row.priority) }))
    .sort((a, b) => a.id - b.id);
  // A row's chat goes at the lowest priority of its rows of the lane so far: a later row never overtakes an earlier one.
  const lowest = new Map<string, number>();
  for (const row of sorted) {
    const key = `${row.channel}:${row.chatId}:${row.lane}`;
    row.priority = Math.min(row.priority, lowest.get(key) ?? row.priority);
    lowest.set(key, row.priority);
  }
  return sorted;
}
