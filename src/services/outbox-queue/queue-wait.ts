import type { ChannelName } from '../../chat/channel-name';
import type { SendRates } from '../../chat/channel-sender';
import type { Dialect } from '../../store/dialect/dialect';
import type { Tx } from '../../store/database';
import { drainSeconds } from './drain-seconds';

/** A wait this long (seconds) makes the queue long: its length is then reused for KEPT_MS. */
const LONG_WAIT_SECONDS = 60;
const KEPT_MS = 1_000;

/**
 * The length of each channel's queue while it is long, per process and
 * database: on payslip day thousands ask for their slip within seconds
 * behind thousands of queued slips, and each would count the same rows
 * again (milliseconds each, on SQLite inside the one writer's transaction).
 * A count a second old is as good an estimate of a minute or more.
 */
const longQueues = new WeakMap<Dialect, Map<ChannelName, { at: number; ahead: number }>>();

/**
 * Roughly how many seconds until a bulk message of `channel` is sent: the
 * waiting interactive messages (they go first) and the bulk ones ahead of it
 * (`beforeId`: rows enqueued before the outbox row `beforeId`; null: every
 * one, for a message about to be enqueued), itself included, at the
 * channel's pace. Null when the pace is unknown.
 */
export async function bulkQueueWait(tx: Pick<Tx, 'outboxMessage' | '$dialect'>, rates: SendRates, channel: ChannelName, beforeId: number | null): Promise<number | null> {
  const rate = rates.get(channel);
  if (rate === undefined) return null;
  const kept = longQueues.get(tx.$dialect) ?? longQueues.set(tx.$dialect, new Map()).get(tx.$dialect)!;
  const known = beforeId === null ? kept.get(channel) : undefined;
  if (known && Date.now() - known.at < KEPT_MS) return drainSeconds(known.ahead + 1, rate);
  const [interactive, bulk] = await Promise.all([
    tx.outboxMessage.count({ where: { status: 'PENDING', channel, lane: 'INTERACTIVE' } }),
    tx.outboxMessage.count({ where: { status: 'PENDING', channel, lane: 'BULK', ...(beforeId === null ? {} : { id: { lt: beforeId } }) } }),
  ]);
  const wait = drainSeconds(interactive + bulk + 1, rate);
  if (beforeId === null) {
    if (wait !== null && wait >= LONG_WAIT_SECONDS) kept.set(channel, { at: Date.now(), ahead: interactive + bulk });
    else kept.delete(channel);
  }
  return wait;
}
