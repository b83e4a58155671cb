import { Prisma } from '../generated/sqlite/client';
import type { ChannelName } from '../chat/channel-name';
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
}

export interface ClaimedRow {
  id: number;
  channel: ChannelName;
  chatId: string;
  payload: unknown;
  attempts: number;
  lockedUntil: Date;
}

/**
 * The first sendable rows by id, at most `perChat` of each chat: due,
 * unlocked PENDING rows at the front of their chat's queue (no earlier
 * PENDING row of the same chat is locked by a worker or waiting for its
 * retry). Claiming only such prefixes keeps each chat in order even with
 * several workers. The scan walks the table in id order from the oldest
 * pending row and stops early (SQLite is kept off the status and channel
 * indexes, which would visit every pending row); the per-chat cap is applied
 * to that short list.
 */
function claimable(request: ClaimRequest, provider: Provider): Prisma.Sql {
  const { now } = request;
  const channels = Prisma.join(request.channels.map((c) => Prisma.raw(`'${c}'`)));
  // The unary + keeps SQLite off the status and channel indexes, so it scans by id and stops early.
  const [status, channel] = provider === 'sqlite' ? [Prisma.raw('+m."status"'), Prisma.raw('+m."channel"')] : [Prisma.raw('m."status"'), Prisma.raw('m."channel"')];
  return Prisma.sql`
    SELECT r."id" FROM (
      SELECT c."id", ROW_NUMBER() OVER (PARTITION BY c."channel", c."chatId" ORDER BY c."id") AS "rank"
      FROM (
        SELECT m."id", m."channel", m."chatId" FROM "OutboxMessage" m
        WHERE ${status} = 'PENDING' AND ${channel} IN (${channels})
          AND m."id" >= (SELECT MIN(q."id") FROM "OutboxMessage" q WHERE q."status" = 'PENDING')
          AND (m."lockedUntil" IS NULL OR m."lockedUntil" <= ${now})
          AND (m."attempts" = 0 OR m."nextAttemptAt" <= ${now})
          AND NOT EXISTS (
            SELECT 1 FROM "OutboxMessage" p
            WHERE p."channel" = m."channel" AND p."chatId" = m."chatId" AND p."status" = 'PENDING' AND p."id" < m."id"
              AND ((p."lockedUntil" IS NOT NULL AND p."lockedUntil" > ${now}) OR (p."attempts" > 0 AND p."nextAttemptAt" > ${now}))
          )
        ORDER BY m."id" LIMIT ${request.limit * request.perChat}
      ) c
    ) r
    WHERE r."rank" <= ${request.perChat}
    ORDER BY r."id" LIMIT ${request.limit}`;
}

const RETURNING = Prisma.sql`RETURNING "id", "channel", "chatId", "payload", "attempts", "lockedUntil"`;

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

/** Leases up to `limit` sendable rows to `workerId` until now + leaseMs; returns them in id order. */
export async function claimMessages(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  if (request.channels.length === 0) return [];
  if (request.channels.some((c) => !/^[A-Z]+$/.test(c))) throw new RangeError(`bad channel name in ${request.channels.join(",")}`);
  const rows = db.provider === 'postgresql' ? await claimPostgres(db, request) : await claimSqlite(db, request);
  return rows
    .map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts), lockedUntil: new Date(row.lockedUntil) }))
    .sort((a, b) => a.id - b.id);
}
