import { Prisma } from '../../generated/sqlite/client';
import type { ChannelName } from '../../chat/channel-name';
import { SEND_PRIORITY } from '../../chat/envelope';
import type { OutboxLane } from '../../chat/outbox-lane';
import type { Provider } from '../database';

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
  /** Most rows of the bulk lane or below normal priority (SEND_PRIORITY) per claim, so they never fill the worker. Default: `limit`. */
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
  lane: OutboxLane;
}

/**
 * The sendable rows: the interactive lane before the bulk lane, then higher
 * priority first, then by id, at most `perChat` of each chat (its
 * interactive rows first). A row is sendable when it is a due, unlocked
 * PENDING row at the front of its chat's queue in its lane (no earlier
 * PENDING row of the same chat and lane is locked by a worker or waiting
 * for its retry). Claiming only such prefixes keeps each chat's lane in
 * order even with several workers; a row never overtakes an earlier row of
 * its chat and lane (its effective priority is the lowest of those rows up
 * to it). A chat's reply or card does overtake its own queued bulk rows:
 * the person is waiting for the reply, not for the broadcast.
 *
 * Three short scans walk the index on (status, lane, id) in id order and
 * stop early: the bulk lane, the interactive lane, and its rows of normal or
 * higher priority (so a queue of strangers' answers never hides an
 * employee's reply behind it). At most `lowLimit` rows of the bulk lane or
 * below normal priority are taken. Each candidate's check for an earlier
 * row of its chat reads that chat's PENDING rows on the index on (channel,
 * chatId, status, ref). The SQL keeps each planner on those two paths
 * whatever it believes of the table: SQLite off the chat index for the
 * scans (it would visit every row of the channel), and both off (status,
 * lane, id) for the check (it would visit every earlier PENDING row of the
 * lane, for each candidate). PostgreSQL chooses by its statistics, and on
 * payslip day they are stale: thousands of rows queued within a minute on a
 * table autovacuum last analysed near empty. With the lane comparable on
 * (status, lane, id) it picked that index for the check, and a claim over
 * 12,000 queued rows took 470 ms instead of 3 ms. Analysed when it held
 * pages but no live row (housekeeping had emptied it), the table is empty
 * to the planner however large it grows: it turned the check into a join
 * that walked every PENDING row for each candidate. The check is kept a
 * subplan (OFFSET 0), which looks each candidate's chat up on the index.
 *
 * The rows come as their ids on SQLite and as their tuple ids (ctid) on
 * PostgreSQL, for claimStatement to lock and lease them by (a TID scan,
 * whatever the statistics say).
 */
export function claimableRows(request: ClaimRequest, provider: Provider): Prisma.Sql {
  const { now } = request;
  if (request.channels.some((c) => !/^[A-Z]+$/.test(c))) throw new RangeError(`bad channel name in ${request.channels.join(',')}`);
  const channels = Prisma.join(request.channels.map((c) => Prisma.raw(`'${c}'`)));
  const sqlite = provider === 'sqlite';
  // The unary + keeps SQLite off the channel index, so it walks (status, lane, id) and stops early.
  const channel = sqlite ? Prisma.raw('+m."channel"') : Prisma.raw('m."channel"');
  // A lane compared as an expression keeps the check on the chat's rows, not every earlier row of the lane.
  const sameLane = sqlite ? Prisma.raw('+p."lane" = m."lane"') : Prisma.raw('p."lane"::text = m."lane"::text');
  // OFFSET 0 keeps PostgreSQL from turning the check into a join: as a subplan it looks up each candidate's chat on the index.
  const subPlan = sqlite ? Prisma.empty : Prisma.raw('OFFSET 0');
  // What names a row to the claim: its id on SQLite, its tuple id (ctid) on PostgreSQL, to lock and lease it by.
  const row = sqlite ? Prisma.raw('m."id"') : Prisma.raw('m."ctid"');
  const window = request.limit * request.perChat;
  const scan = (lane: OutboxLane, urgentOnly: boolean, alias: string) => Prisma.sql`
    SELECT * FROM (
      SELECT m."id", ${row} AS "row", m."channel", m."chatId", m."priority", m."lane" FROM "OutboxMessage" m
      WHERE m."status" = 'PENDING' AND m."lane" = ${Prisma.raw(`'${lane}'`)} AND ${channel} IN (${channels})
        AND (m."lockedUntil" IS NULL OR m."lockedUntil" <= ${now})
        AND (m."attempts" = 0 OR m."nextAttemptAt" <= ${now})
        AND NOT EXISTS (
          SELECT 1 FROM "OutboxMessage" p
          WHERE p."channel" = m."channel" AND p."chatId" = m."chatId" AND p."status" = 'PENDING' AND ${sameLane} AND p."id" < m."id"
            AND ((p."lockedUntil" IS NOT NULL AND p."lockedUntil" > ${now}) OR (p."attempts" > 0 AND p."nextAttemptAt" > ${now})${
              urgentOnly ? Prisma.sql` OR p."priority" < m."priority"` : Prisma.empty
            })
          ${subPlan}
        )
        ${urgentOnly ? Prisma.sql`AND m."priority" >= ${SEND_PRIORITY.normal}` : Prisma.empty}
      ORDER BY m."id" LIMIT ${window}
    ) ${Prisma.raw(alias)}`;
  return Prisma.sql`
    SELECT t."row" FROM (
      SELECT s."id", s."row", s."bulk", s."effective", s."low", ROW_NUMBER() OVER (PARTITION BY s."low" ORDER BY s."bulk", s."id") AS "lowRank"
      FROM (
        SELECT r."id", r."row", r."bulk", r."effective", CASE WHEN r."bulk" = 1 OR r."effective" < ${SEND_PRIORITY.normal} THEN 1 ELSE 0 END AS "low"
        FROM (
          SELECT c."id", c."row", CASE WHEN c."lane" = 'BULK' THEN 1 ELSE 0 END AS "bulk",
            ROW_NUMBER() OVER (PARTITION BY c."channel", c."chatId" ORDER BY CASE WHEN c."lane" = 'BULK' THEN 1 ELSE 0 END, c."id") AS "rank",
            MIN(c."priority") OVER (PARTITION BY c."channel", c."chatId", c."lane" ORDER BY c."id" ROWS UNBOUNDED PRECEDING) AS "effective"
          FROM (${scan('INTERACTIVE', false, 'a')} UNION ${scan('INTERACTIVE', true, 'u')} UNION ${scan('BULK', false, 'b')}) c
        ) r
        WHERE r."rank" <= ${request.perChat}
      ) s
    ) t
    WHERE t."low" = 0 OR t."lowRank" <= ${request.lowLimit ?? request.limit}
    ORDER BY t."bulk", t."effective" DESC, t."id" LIMIT ${request.limit}`;
}

const CLAIM_RETURNING = Prisma.sql`RETURNING "id", "channel", "chatId", "payload", "attempts", "lockedUntil", "priority", "lane"`;

/**
 * The claim: leases the claimable rows (claimableRows) to the worker and
 * returns them. SQLite has one writer, so one UPDATE is atomic. PostgreSQL
 * locks the rows first (FOR UPDATE SKIP LOCKED: a row another transaction
 * holds, or changed since, is left for the next claim) and leases the rows
 * it locked, both by tuple id, never by a plan over the whole table: on
 * statistics that took the table for empty, `"id" IN (...)` ran the whole
 * claim again for every row of the table (minutes over 30,000 rows). The
 * rows are locked in no particular order: SKIP LOCKED never waits, so it
 * cannot deadlock, and the claims themselves take turns (the caller's lock).
 */
export function claimStatement(request: ClaimRequest, provider: Provider): Prisma.Sql {
  const until = new Date(request.now.getTime() + request.leaseMs);
  const lease = Prisma.sql`UPDATE "OutboxMessage" SET "lockedUntil" = ${until}, "lockedBy" = ${request.workerId}`;
  if (provider === 'sqlite') return Prisma.sql`${lease} WHERE "id" IN (${claimableRows(request, provider)}) ${CLAIM_RETURNING}`;
  return Prisma.sql`
    ${lease}
    WHERE "ctid" = ANY(ARRAY(
      SELECT x."ctid" FROM "OutboxMessage" x
      WHERE x."ctid" = ANY(ARRAY(${claimableRows(request, provider)}))
      FOR UPDATE OF x SKIP LOCKED
    ))
    ${CLAIM_RETURNING}`;
}
