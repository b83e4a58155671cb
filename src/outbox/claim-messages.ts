import { Prisma } from '../generated/sqlite/client';
import type { ChannelName } from '../chat/channel-name';
import { SEND_PRIORITY } from '../chat/outbound-message';
import type { Database, Provider, Tx } from '../store/database';

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

export interface ClaimedRow {
  id: number;
  channel: ChannelName;
  chatId: string;
  payload: unknown;
  attempts: number;
  lockedUntil: Date;
  /** The lowest priority of this row and the rows of its chat claimed before it (its chat's turn comes at that priority). */
  priority: number;
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
 * stop early (SQLite is kept off the status and channel indexes, which would
 * visit every pending row): one over every row, one over rows of normal or
 * higher priority, so that a queue of strangers' answers never hides an
 * employee's reply behind it. At most `lowLimit` rows below normal priority
 * are taken.
 */
function claimable(request: ClaimRequest, provider: Provider): Prisma.Sql {
  const { now } = request;
  const channels = Prisma.join(request.channels.map((c) => Prisma.raw(`'${c}'`)));
  // The unary + keeps SQLite off the status and channel indexes, so it scans by id and stops early.
  const [status, channel] = provider === 'sqlite' ? [Prisma.raw('+m."status"'), Prisma.raw('+m."channel"')] : [Prisma.raw('m."status"'), Prisma.raw('m."channel"')];
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

const RETURNING = Prisma.sql`RETURNING "id", "channel", "chatId", "payload", "attempts", "lockedUntil", "priority"`;

/** SQLite has one writer: a single UPDATE ... RETURNING is atomic. */
function claimSqlite(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  const until = new Date(request.now.getTime() + request.leaseMs);
  return db.prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${until}, "lockedBy" = ${request.workerId}
    WHERE "id" IN (${claimable(request, 'sqlite')})
    ${RETURNING}`;
}

/**
 * PostgreSQL: claims are serialised by a transaction-scoped advisory lock (so
 * two workers never split one chat's queue between them), and the rows are
 * locked with FOR UPDATE SKIP LOCKED before the lease is written.
 */
function claimPostgres(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  const until = new Date(request.now.getTime() + request.leaseMs);
  return db.prisma.$transaction(async (tx: Tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('sapa.outbox.claim', 0))`;
    return tx.$queryRaw<ClaimedRow[]>`
      UPDATE "OutboxMessage" SET "lockedUntil" = ${until}, "lockedBy" = ${request.workerId}
      WHERE "id" IN (
        SELECT x."id" FROM "OutboxMessage" x
        WHERE x."id" IN (${claimable(request, 'postgresql')})
        ORDER BY x."id"
        FOR UPDATE OF x SKIP LOCKED
      )
      ${RETURNING}`;
  });
}

/** Leases up to `limit` sendable rows to `workerId` until now + leaseMs; returns them in id order, each with its chat's effective priority. */
export async function claimMessages(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  if (request.channels.length === 0) return [];
  if (request.channels.some((c) => !/^[A-Z]+$/.test(c))) throw new RangeError(`bad channel name in ${request.channels.join(",")}`);
  const rows = db.provider === 'postgresql' ? await claimPostgres(db, request) : await claimSqlite(db, request);
  const sorted = rows
    .map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts), lockedUntil: new Date(row.lockedUntil), priority: Number(row.priority) }))
    .sort((a, b) => a.id - b.id);
  // A row's chat goes at the lowest priority of its rows so far: a later row never overtakes an earlier one.
  const lowest = new Map<string, number>();
  for (const row of sorted) {
    const key = `${row.channel}:${row.chatId}`;
    row.priority = Math.min(row.priority, lowest.get(key) ?? row.priority);
    lowest.set(key, row.priority);
  }
  return sorted;
}
