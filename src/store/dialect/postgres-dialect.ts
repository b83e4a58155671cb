import pg from 'pg';
import type { InboundMessage } from '../../chat/inbound-message';
import type { Envelope } from '../../chat/envelope';
import { auditRow, type AuditEntry } from '../audit-row';
import type { Prisma, Tx } from '../database';
import { recordChannelMessageIds, waitingApprovalSteps, withSavepoint } from './common-statements';
import { checkRowWidths, insertRowsAsValues } from './insert-rows';
import { commitWith } from './bundle-transaction-ends';
import { postgresProcessLock } from './postgres-process-lock';
import type { Dialect } from './dialect';
import { fixedReads } from './fixed-reads';
import { fixedWrites } from './fixed-writes';
import { postgresRowReader } from './row-reader';
import { postgresRowWriter } from './row-writer';
import { powerOfTwoAtLeast } from './read-values';
import { claimStatement, type ClaimedRowData, type ClaimRequest } from './outbox-claim';
import { outboxRows } from './outbox-rows';
import { DuplicateEventError, type TurnBatch, type TurnJournal, type TurnRead } from './turn-journal';
import { EMPLOYEE_JOINS, employeeColumns, turnReadOf, type TurnReadRow } from './turn-read-row';

/** A UTC instant as a TIMESTAMP(3) literal (Prisma stores DateTime as UTC without a zone). */
function utc(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * The one outbox insert (see outboxRows): the rows arrive as a JSON array
 * (parameter `rows`), inserted in their order, stamped with `now`.
 */
function insertOutbox(rows: string, now: string): string {
  return `
    INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "dedupeKey", "priority", "lane", "ref", "nextAttemptAt", "createdAt")
    SELECT r."channel"::"Channel", r."chatId", r."payload", r."dedupeKey", r."priority", r."lane"::"OutboxLane", r."ref", ${now}::timestamp, ${now}::timestamp
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("n" int, "channel" text, "chatId" text, "payload" jsonb, "dedupeKey" text, "priority" int, "lane" text, "ref" text)
    ORDER BY r."n"
    ON CONFLICT DO NOTHING`;
}

/** The outbox rows of `envelopes` as insertOutbox's JSON array. */
function outboxJson(envelopes: readonly Envelope[]): string {
  return JSON.stringify(outboxRows(envelopes).map((row, n) => ({ n, ...row })));
}

/** Audit rows arriving as a JSON array (parameter `rows`, see auditJson), stamped `at`. */
function insertAudit(rows: string, at: string): string {
  return `
    INSERT INTO "AuditLog" ("at", "actorType", "actorId", "actorName", "channel", "action", "entity", "entityId", "data")
    SELECT ${at}::timestamp, r."actorType", r."actorId", r."actorName", r."channel", r."action", r."entity", r."entityId", r."data"
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("actorType" text, "actorId" int, "actorName" text, "channel" text, "action" text, "entity" text, "entityId" text, "data" jsonb)`;
}

/** Audit entries as insertAudit's JSON array. */
function auditJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((entry) => {
      const a = auditRow(entry);
      return { ...a, data: a.data ?? null };
    }),
  );
}

/** A text value as a SQL literal (quotes and backslashes escaped by node-pg), for a statement that carries no parameters. */
const literal = (text: string) => pg.escapeLiteral(text);

/**
 * The chats' advisory locks, sorted, so two transactions never wait on each
 * other's chats in opposite orders.
 */
const lockChats = (keys: readonly string[]) => `
  SELECT pg_advisory_xact_lock(hashtextextended(s.k, 0))
  FROM (SELECT k FROM unnest(ARRAY[${keys.map(literal).join(', ')}]::text[]) AS k ORDER BY k) s`;

/**
 * A JSON array parameter as rows with `columns`, in a statement for `count`
 * of them. PostgreSQL's planner takes a set-returning function for 100 rows
 * whatever it is given, and for 100 chats it hashed whole tables (every chat
 * identity, every active employee twice for the EXISTS columns): 4.7 ms for
 * a batch of one turn over 10,000 employees. Bounded by the batch's size
 * (rounded up to a power of two, so each statement has a handful of texts),
 * it looks each row up on its indexes.
 */
function recordset(parameter: string, columns: string, count: number): string {
  return `(SELECT * FROM jsonb_to_recordset(${parameter}::jsonb) AS x(${columns}) LIMIT ${powerOfTwoAtLeast(count)})`;
}

/**
 * Every turn's start in one query, for `count` messages arriving as a JSON
 * array in `messages` (a parameter or a literal; exported for its plan's test).
 */
export const readBatch = (count: number, messages = '$1') => `
  SELECT m."n" AS "n",
         s."id" AS "sessionId", s."version" AS "version", s."state"::text AS "state",
         i."id" AS "identityId", i."verifiedAt" IS NOT NULL AS "verified",
         ${employeeColumns((column) => `${column}::text`)},
         EXISTS (SELECT 1 FROM "ProcessedEvent" p WHERE p."channel" = m."channel"::"Channel" AND p."eventId" = m."eventId") AS "seen"
  FROM ${recordset(messages, '"n" int, "channel" text, "eventId" text, "chatId" text, "externalId" text', count)} AS m
  LEFT JOIN "ConversationSession" s ON s."channel" = m."channel"::"Channel" AND s."chatId" = m."chatId"
  LEFT JOIN "ChatIdentity" i ON i."channel" = m."channel"::"Channel" AND i."externalId" = m."externalId"
  ${EMPLOYEE_JOINS}`;

/**
 * What a batch's write raises when one of its events was recorded by another
 * transaction first: a failed cast whose message carries this mark, so the
 * statement, and the COMMIT sent with it, roll back (PostgreSQL's SQL has no
 * RAISE outside a function).
 */
const DUPLICATE_EVENT = 'sapa.duplicate_event';

/** Whether `error` is a batch's write refused by DUPLICATE_EVENT (Prisma wraps the driver's message). */
function isDuplicateEvent(error: unknown): boolean {
  return error instanceof Error && error.message.includes(DUPLICATE_EVENT);
}

/** A batch's rows for writeBatch, each kind as a JSON array literal, stamped `now`. */
interface BatchRows {
  events: string;
  updates: string;
  creates: string;
  audit: string;
  outbox: string;
  now: string;
  /** Turns in the batch: fewer new events than this is a duplicate. */
  turns: number;
  /** Sessions updated, for the recordset's bound. */
  updated: number;
}

/**
 * Every turn of a batch in one statement: events marked processed, sessions
 * updated or created, audit rows, outbox rows (in order, so each chat's
 * replies keep theirs). Fewer new events than turns means one was a
 * duplicate: the statement then fails with DUPLICATE_EVENT.
 */
const writeBatch = (rows: BatchRows) => `
  WITH e AS (
    INSERT INTO "ProcessedEvent" ("channel", "eventId", "processedAt")
    SELECT r."channel"::"Channel", r."eventId", r."at"::timestamp FROM jsonb_to_recordset(${rows.events}::jsonb) AS r("channel" text, "eventId" text, "at" text)
    ON CONFLICT DO NOTHING RETURNING 1
  ),
  u AS (
    UPDATE "ConversationSession" c
    SET "version" = r."version", "state" = r."state", "expiresAt" = r."expiresAt"::timestamp, "revision" = c."revision" + 1, "updatedAt" = ${rows.now}::timestamp
    FROM ${recordset(rows.updates, '"id" int, "version" int, "state" jsonb, "expiresAt" text', rows.updated)} AS r
    WHERE c."id" = r."id" RETURNING 1
  ),
  c AS (
    INSERT INTO "ConversationSession" ("channel", "chatId", "version", "state", "expiresAt", "updatedAt")
    SELECT r."channel"::"Channel", r."chatId", r."version", r."state", r."expiresAt"::timestamp, ${rows.now}::timestamp
    FROM jsonb_to_recordset(${rows.creates}::jsonb) AS r("channel" text, "chatId" text, "version" int, "state" jsonb, "expiresAt" text)
    RETURNING 1
  ),
  a AS (${insertAudit(rows.audit, rows.now)} RETURNING 1),
  o AS (${insertOutbox(rows.outbox, rows.now)} RETURNING 1),
  fresh AS (SELECT count(*) AS n FROM e)
  SELECT CASE WHEN fresh.n < ${rows.turns} THEN ('${DUPLICATE_EVENT}:' || fresh.n)::int END FROM fresh`;

/**
 * The engine's statements on PostgreSQL, as raw SQL through the batch's
 * Prisma transaction: whatever the number of turns in the batch, one message
 * begins the transaction, takes their chats' advisory locks and reads where
 * they stand, and one writes them all and commits (bundleTransactionEnds).
 * Their values travel as literals: the simple query protocol that takes
 * several statements in one message has no parameters.
 */
function postgresTurnJournal(): TurnJournal {
  return {
    async begin(tx: Tx, messages: readonly InboundMessage[]): Promise<TurnBatch> {
      const wanted = messages.map((m, n) => ({ n, channel: m.channel, eventId: m.eventId, chatId: m.chatId, externalId: m.sender.externalId }));
      // Two statements: the read takes its snapshot after the locks are held, so it sees what their last holder committed.
      const rows = await tx.$queryRawUnsafe<Array<TurnReadRow & { n: number }>>(
        `${lockChats(messages.map((m) => `${m.channel}:${m.chatId}`))};\n${readBatch(wanted.length, literal(JSON.stringify(wanted)))}`,
      );
      const reads = new Map<InboundMessage, TurnRead>();
      for (const row of rows) reads.set(messages[row.n]!, turnReadOf(row));
      return { reads, deferred: [] };
    },

    async record(_tx, batch, turn) {
      batch.deferred.push(turn);
    },

    async end(tx: Tx, batch: TurnBatch): Promise<void> {
      const turns = batch.deferred;
      if (turns.length === 0) return;
      const events = turns.map((t) => ({ channel: t.channel, eventId: t.eventId, at: utc(t.now) }));
      const updates = turns.filter((t) => t.sessionId !== null).map((t) => ({ id: t.sessionId, version: t.version, state: t.state, expiresAt: utc(t.expiresAt) }));
      const creates = turns
        .filter((t) => t.sessionId === null)
        .map((t) => ({ channel: t.channel, chatId: t.chatId, version: t.version, state: t.state, expiresAt: utc(t.expiresAt) }));
      const write = writeBatch({
        events: literal(JSON.stringify(events)),
        updates: literal(JSON.stringify(updates)),
        creates: literal(JSON.stringify(creates)),
        audit: literal(auditJson(turns.map((t) => t.audit))),
        outbox: literal(outboxJson(turns.flatMap((t) => t.outbox))),
        // Prisma fills @default(now()) and @updatedAt with the wall clock; so does this.
        now: literal(utc(new Date())),
        turns: turns.length,
        updated: updates.length,
      });
      try {
        // The batch's last statement: end() runs after every turn, just before Prisma commits.
        await tx.$executeRawUnsafe(commitWith(write));
      } catch (error) {
        if (isDuplicateEvent(error)) throw new DuplicateEventError(turns.map((t) => t.eventId).join(','));
        throw error;
      }
    },
  };
}

/**
 * Batches of turns in flight at once, each its own transaction. Below the
 * connection pool's size (20), so the outbox worker and admin calls always
 * find a connection on payslip day.
 */
const TURN_WRITERS = 8;

/** PostgreSQL's dialect: everything through Prisma's pool, in the caller's transaction. */
export function postgresDialect(url: string): Dialect {
  const reader = postgresRowReader();
  return {
    provider: 'postgresql',
    turns: postgresTurnJournal(),
    turnWriters: TURN_WRITERS,
    unitSavepoint: null,
    reads: fixedReads(reader),
    writes: fixedWrites(postgresRowWriter(), reader),
    async insertOutbox(tx, envelopes) {
      if (envelopes.length > 0) await tx.$executeRawUnsafe(insertOutbox('$1', '$2'), outboxJson(envelopes), utc(new Date()));
    },
    async insertAudit(tx, entries) {
      // Prisma fills @default(now()) with the wall clock; so does this.
      if (entries.length > 0) await tx.$executeRawUnsafe(insertAudit('$1', '$2'), auditJson(entries), utc(new Date()));
    },
    claimOutbox,
    recordMessageIds: recordChannelMessageIds,
    async insertRows(tx, table, columns, rows) {
      checkRowWidths(columns, rows);
      await insertRowsAsValues(tx, table, columns, rows);
    },
    /**
     * Serializes the leave use cases of one employee until the transaction
     * ends: a no-op update takes the employee's row lock (a second submit,
     * decision or cancellation for the same person waits, then reads what
     * the first committed).
     */
    async lockEmployee(tx, employeeId) {
      await tx.$executeRaw`UPDATE "Employee" SET "name" = "name" WHERE "id" = ${employeeId}`;
    },
    withSavepoint,
    waitingApprovalSteps,
    processLock: (key) => postgresProcessLock(url, key),
  };
}

/**
 * Claims are serialised by a transaction-scoped advisory lock (so two workers
 * never split one chat's queue between them), and the rows are locked with
 * FOR UPDATE SKIP LOCKED before the lease is written.
 */
function claimOutbox(prisma: Prisma, request: ClaimRequest): Promise<ClaimedRowData[]> {
  return prisma.$transaction(async (tx: Tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('sapa.outbox.claim', 0))`;
    return tx.$queryRaw<ClaimedRowData[]>(claimStatement(request, 'postgresql'));
  });
}
