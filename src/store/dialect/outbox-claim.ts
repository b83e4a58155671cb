import { Prisma } from '../../generated/sqlite/client';
import type { ChannelName } from '../../chat/channel-name';
import { SEND_PRIORITY } from '../../chat/envelope';

export interface ClaimRequest {
  workerId: string;
  now: Date;
  leaseMs: number;
  /** Most rows per claim. */
  limit: number;
  /** Most rows of one chat per claim (the chat's limit makes more useless). */
  perChat: number;
  /** Only channels this worker can send through. */
  channels: readonly ChannelName[];
  /** Most rows below normal priority (SEND_PRIORITY) per claim, so they never fill the worker. Default: `limit`. */
  lowLimit?: number;
}

/** A claimed row as the database returns it (ids and counts may come as bigint or text). */
export interface ClaimedRowData {
  id: number | bigint;
  channel: ChannelName;
  chatId: string;
  payload: unknown;
  attempts: number | bigint;
  lockedUntil: Date | string;
  priority: number | bigint;
}

/**
 * The sendable rows, higher priority first, then by id, at most `perChat` of
 * each chat: due, unlocked PENDING rows at the front of their chat's queue
 * (no earlier PENDING row of the same chat is locked by a worker or waiting
 * for its retry). Claiming only such prefixes keeps each chat in order even
 * with several workers; a row never overtakes an earlier row of its chat
 * (its effective priority is the lowest of its chat's rows up to it).
 *
 * Two short scans walk the table in id order from the oldest pending row and
 * stop early (`offIndexes`: SQLite is kept off the status and channel
 * indexes, which would visit every pending row): one over every row, one over
 * rows of normal or higher priority, so that a queue of strangers' answers
 * never hides an employee's reply behind it. At most `lowLimit` rows below
 * normal priority are taken.
 */
export function claimableIds(request: ClaimRequest, offIndexes: boolean): Prisma.Sql {
  const { now } = request;
  if (request.channels.some((c) => !/^[A-Z]+$/.test(c))) throw new RangeError(`bad channel name in ${request.channels.join(',')}`);
  const channels = Prisma.join(request.channels.map((c) => Prisma.raw(`'${c}'`)));
  // The unary + keeps SQLite off the status and channel indexes, so it scans by id and stops early.
  const [status, channel] = offIndexes ? [Prisma.raw('+m."status"'), Prisma.raw('+m."channel"')] : [Prisma.raw('m."status"'), Prisma.raw('m."channel"')];
  const window = request.limit * request.perChat;
  const scan = (urgentOnly: boolean) => Prisma.sql`
    SELECT * FROM (
      SELECT m."id", m."channel", m."chatId", m."priority" FROM "OutboxMessage" m
      WHERE ${status} = 'PENDING' AND ${channel} IN (${channels})
        AND m."id" >= (SELECT MIN(q."id") FROM "OutboxMessage" q WHERE q."status" = 'PENDING')
        AND (m."lockedUntil" IS NULL OR m."lockedUntil" <= ${now})
        AND (m."attempts" = 0 OR m."nextAttemptAt" <= ${now})
        AND NOT EXISTS (
          SELECT 1 FROM "OutboxMessage" p
          WHERE p."channel" = m."channel" AND p."chatId" = m."chatId" AND p."status" = 'PENDING' AND p."id" < m."id"
            AND ((p."lockedUntil" IS NOT NULL AND p."lockedUntil" > ${now}) OR (p."attempts" > 0 AND p."nextAttemptAt" > ${now})${
              urgentOnly ? Prisma.sql` OR p."priority" < m."priority"` : Prisma.empty
            })
        )
        ${urgentOnly ? Prisma.sql`AND m."priority" >= ${SEND_PRIORITY.normal}` : Prisma.empty}
      ORDER BY m."id" LIMIT ${window}
    ) ${Prisma.raw(urgentOnly ? 'u' : 'a')}`;
  return Prisma.sql`
    SELECT s."id" FROM (
      SELECT r."id", r."effective", ROW_NUMBER() OVER (PARTITION BY r."effective" < ${SEND_PRIORITY.normal} ORDER BY r."id") AS "lowRank"
      FROM (
        SELECT c."id", ROW_NUMBER() OVER (PARTITION BY c."channel", c."chatId" ORDER BY c."id") AS "rank",
          MIN(c."priority") OVER (PARTITION BY c."channel", c."chatId" ORDER BY c."id" ROWS UNBOUNDED PRECEDING) AS "effective"
        FROM (${scan(false)} UNION ${scan(true)}) c
      ) r
      WHERE r."rank" <= ${request.perChat}
    ) s
    WHERE s."effective" >= ${SEND_PRIORITY.normal} OR s."lowRank" <= ${request.lowLimit ?? request.limit}
    ORDER BY s."effective" DESC, s."id" LIMIT ${request.limit}`;
}

/** What a claim's UPDATE returns. */
export const CLAIM_RETURNING = Prisma.sql`RETURNING "id", "channel", "chatId", "payload", "attempts", "lockedUntil", "priority"`;
