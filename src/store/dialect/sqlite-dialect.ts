import type { Envelope } from '../../chat/envelope';
import type { InboundMessage } from '../../chat/inbound-message';
import { auditRow, type AuditEntry } from '../audit-row';
import type { Prisma, Tx } from '../database';
import type { SqliteConnection, SqliteStatement } from '../sqlite-connection';
import { recordChannelMessageIds, savepointName, waitingApprovalSteps, withSavepoint } from './common-statements';
import { checkRowWidths, insertRowsAsValues, insertRowsFromJson, withoutDates } from './insert-rows';
import { singleProcessLock } from './process-lock';
import { sqliteTime } from './sqlite-values';
import type { Dialect } from './dialect';
import { fixedReads } from './fixed-reads';
import { fixedWrites } from './fixed-writes';
import { insideTransaction, sqliteRowReader } from './row-reader';
import { sqliteRowWriter } from './row-writer';
import { alone, type WriterLock } from './writer-lock';
import { claimStatement, type ClaimedRowData, type ClaimRequest } from './outbox-claim';
import { outboxRows } from './outbox-rows';
import { DuplicateEventError, type TurnJournal, type TurnRead, type TurnWrite } from './turn-journal';
import { EMPLOYEE_JOINS, employeeColumns, turnReadOf, type TurnReadRow } from './turn-read-row';

/**
 * The one outbox insert (see outboxRows), a row at a time in the list's
 * order, stamped with the wall-clock time of nextAttemptAt and createdAt: a
 * row whose dedupe key is already stored, or came earlier in the list, is
 * skipped. Prepared once and bound per row (no JSON for SQLite to unpack).
 */
const INSERT_OUTBOX = `
  INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "dedupeKey", "priority", "lane", "ref", "status", "attempts", "nextAttemptAt", "createdAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
  ON CONFLICT DO NOTHING`;

/** Inserts the outbox rows of `envelopes` with `insert` (INSERT_OUTBOX), stamped now (Prisma fills @default(now()) with the wall clock; so does this). */
function insertOutboxRows(insert: SqliteStatement, envelopes: readonly Envelope[]): void {
  const wall = sqliteTime(new Date());
  for (const r of outboxRows(envelopes)) insert.run(r.channel, r.chatId, JSON.stringify(r.payload), r.dedupeKey, r.priority, r.lane, r.ref, wall, wall);
}

const READ = `
  SELECT s."id" AS sessionId, s."version" AS version, s."state" AS state,
         i."id" AS identityId, i."verifiedAt" IS NOT NULL AS verified,
         ${employeeColumns((column) => column)},
         EXISTS (SELECT 1 FROM "ProcessedEvent" p WHERE p."channel" = @channel AND p."eventId" = @eventId) AS seen
  FROM (SELECT 1) one
  LEFT JOIN "ConversationSession" s ON s."channel" = @channel AND s."chatId" = @chatId
  LEFT JOIN "ChatIdentity" i ON i."channel" = @channel AND i."externalId" = @externalId
  ${EMPLOYEE_JOINS}`;

const INSERT_AUDIT = `INSERT INTO "AuditLog" ("at", "actorType", "actorId", "actorName", "channel", "action", "entity", "entityId", "data") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** INSERT_AUDIT's parameters for `entry`, stamped `wall`. */
function auditParameters(entry: AuditEntry, wall: string): unknown[] {
  const a = auditRow(entry);
  return [wall, a.actorType, a.actorId, a.actorName, a.channel, a.action, a.entity, a.entityId, a.data === undefined ? null : JSON.stringify(a.data)];
}

/** The dialect's own statements, prepared on first use (the database may be opened before it is migrated). */
function sqliteStatements(connection: SqliteConnection) {
  const prepare = () => ({
    // Plain numbers: ids and flags here are far below 2^53.
    read: connection.prepare(READ).safeIntegers(false),
    markEvent: connection.prepare(`INSERT INTO "ProcessedEvent" ("channel", "eventId", "processedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
    updateSession: connection.prepare(
      `UPDATE "ConversationSession" SET "version" = ?, "state" = ?, "expiresAt" = ?, "revision" = "revision" + 1, "updatedAt" = ? WHERE "id" = ?`,
    ),
    createSession: connection.prepare(
      `INSERT INTO "ConversationSession" ("channel", "chatId", "version", "state", "expiresAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    audit: connection.prepare(INSERT_AUDIT),
    outbox: connection.prepare(INSERT_OUTBOX),
  });
  let prepared: ReturnType<typeof prepare> | null = null;
  return () => (prepared ??= prepare());
}

type SqliteStatements = ReturnType<ReturnType<typeof sqliteStatements>>;

/**
 * The engine's statements on SQLite, prepared once and run synchronously on
 * the connection Prisma's transaction holds (so they commit or roll back with
 * it): no query building, no round trip through the Prisma runtime.
 */
function sqliteTurnJournal(statements: () => SqliteStatements): TurnJournal {
  function readOne(message: InboundMessage): TurnRead {
    return turnReadOf(statements().read.get({ channel: message.channel, eventId: message.eventId, chatId: message.chatId, externalId: message.sender.externalId }) as TurnReadRow);
  }

  function writeOne(turn: TurnWrite): void {
    const { markEvent, createSession, updateSession, audit, outbox } = statements();
    // Prisma fills @default(now()) and @updatedAt with the wall clock; so does this.
    const wall = sqliteTime(new Date());
    if (markEvent.run(turn.channel, turn.eventId, sqliteTime(turn.now)).changes === 0) throw new DuplicateEventError(turn.eventId);
    const state = JSON.stringify(turn.state);
    if (turn.sessionId === null) createSession.run(turn.channel, turn.chatId, turn.version, state, sqliteTime(turn.expiresAt), wall);
    else updateSession.run(turn.version, state, sqliteTime(turn.expiresAt), wall, turn.sessionId);
    audit.run(...auditParameters(turn.audit, wall));
    insertOutboxRows(outbox, turn.outbox);
  }

  return {
    // One process writes a SQLite file, one transaction at a time: no chat to lock.
    async begin(_tx, messages) {
      return { reads: new Map(messages.map((m) => [m, readOne(m)])), deferred: [] };
    },
    // Written at once, inside the turn's savepoint: a duplicate rolls back that turn alone.
    async record(_tx, _batch, turn) {
      writeOne(turn);
    },
    async end() {},
  };
}

/**
 * SQLite's dialect, over the one connection Prisma's adapter uses: statements
 * run on it inside a Prisma transaction belong to that transaction (the
 * adapter holds the connection from BEGIN to COMMIT).
 */
export function sqliteDialect(connection: SqliteConnection, lock: WriterLock): Dialect {
  const statements = sqliteStatements(connection);
  const reader = sqliteRowReader(connection, lock);
  /** Synchronous work on the connection: at once inside `tx`'s transaction (it holds the connection), else after the open one, in a transaction of its own. */
  const onConnection = async <T>(tx: Tx, work: () => T): Promise<T> => {
    if (insideTransaction(tx)) return work();
    return alone(lock, () => {
      connection.exec('BEGIN');
      try {
        const result = work();
        connection.exec('COMMIT');
        return result;
      } catch (error) {
        connection.exec('ROLLBACK');
        throw error;
      }
    });
  };
  return {
    reads: fixedReads(reader),
    writes: fixedWrites(sqliteRowWriter(connection, lock), reader),
    async insertAudit(tx, entries) {
      if (entries.length === 0) return;
      const wall = sqliteTime(new Date());
      await onConnection(tx, () => {
        for (const entry of entries) statements().audit.run(...auditParameters(entry, wall));
      });
    },
    async insertOutbox(tx, envelopes) {
      if (envelopes.length > 0) await onConnection(tx, () => insertOutboxRows(statements().outbox, envelopes));
    },
    claimOutbox,
    recordMessageIds: recordChannelMessageIds,
    async insertRows(tx, table, columns, rows) {
      checkRowWidths(columns, rows);
      if (withoutDates(rows)) await insertRowsFromJson(tx, table, columns, rows);
      else await insertRowsAsValues(tx, table, columns, rows);
    },
    // One process writes the file, one transaction at a time: the use cases of one employee never overlap.
    lockEmployee: async () => {},
    // Inside a transaction (a turn's): the savepoint's own statements run synchronously on its connection.
    withSavepoint: (tx, fn) => (insideTransaction(tx) ? withSyncSavepoint(connection, fn) : withSavepoint(tx, fn)),
    waitingApprovalSteps,
    processLock: () => singleProcessLock(),
    provider: 'sqlite',
    turns: sqliteTurnJournal(statements),
    turnWriters: 1,
    unitSavepoint: {
      open: () => connection.exec('SAVEPOINT unit'),
      release: () => connection.exec('RELEASE unit'),
      rollBack: () => connection.exec('ROLLBACK TO unit'),
    },
  };
}

/** SQLite has one writer: a single UPDATE ... RETURNING is atomic. */
function claimOutbox(prisma: Prisma, request: ClaimRequest): Promise<ClaimedRowData[]> {
  return prisma.$queryRaw<ClaimedRowData[]>(claimStatement(request, 'sqlite'));
}

/** withSavepoint's statements run synchronously on the transaction's connection. */
async function withSyncSavepoint<T>(connection: SqliteConnection, fn: () => Promise<T>): Promise<T> {
  const name = savepointName();
  connection.exec(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    connection.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    connection.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    connection.exec(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}
