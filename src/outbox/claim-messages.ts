import { Prisma } from '../generated/sqlite/client';
import type { ChannelName } from '../conversation/messages';
import type { Database, Tx } from '../store/database';

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
 * Due, unlocked PENDING rows that are at the front of their chat's queue:
 * no earlier PENDING row of the same chat is locked by a worker or waiting
 * for its retry. Claiming only such prefixes keeps each chat in order even
 * with several workers.
 */
function candidates(request: ClaimRequest): Prisma.Sql {
  const { now } = request;
  return Prisma.sql`
    SELECT m."id", ROW_NUMBER() OVER (PARTITION BY m."channel", m."chatId" ORDER BY m."id") AS "rank"
    FROM "OutboxMessage" m
    WHERE m."status" = 'PENDING'
      AND m."channel" IN (${Prisma.join(request.channels.map((c) => Prisma.raw(`'${c}'`)))})
      AND (m."lockedUntil" IS NULL OR m."lockedUntil" <= ${now})
      AND (m."attempts" = 0 OR m."nextAttemptAt" <= ${now})
      AND NOT EXISTS (
        SELECT 1 FROM "OutboxMessage" p
        WHERE p."channel" = m."channel" AND p."chatId" = m."chatId" AND p."status" = 'PENDING' AND p."id" < m."id"
          AND ((p."lockedUntil" IS NOT NULL AND p."lockedUntil" > ${now}) OR (p."attempts" > 0 AND p."nextAttemptAt" > ${now}))
      )`;
}

const RETURNING = Prisma.sql`RETURNING "id", "channel", "chatId", "payload", "attempts", "lockedUntil"`;

/** SQLite has one writer: a single UPDATE ... RETURNING is atomic. */
function claimSqlite(db: Database, request: ClaimRequest): Promise<ClaimedRow[]> {
  const until = new Date(request.now.getTime() + request.leaseMs);
  return db.prisma.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${until}, "lockedBy" = ${request.workerId}
    WHERE "id" IN (
      SELECT c."id" FROM (${candidates(request)}) c WHERE c."rank" <= ${request.perChat} ORDER BY c."id" LIMIT ${request.limit}
    )
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
        WHERE x."id" IN (SELECT c."id" FROM (${candidates(request)}) c WHERE c."rank" <= ${request.perChat})
        ORDER BY x."id" LIMIT ${request.limit}
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
