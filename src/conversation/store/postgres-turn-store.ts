import type { IsoDay } from '../../domain/day';
import type { EmployeeKind } from '../../domain/leave/types';
import { auditRow } from '../../services/audit';
import type { Tx } from '../../store/database';
import type { InboundMessage } from '../messages';
import { DuplicateEventError, type TurnRead, type TurnStore, type TurnWrite } from './turn-store';

/** A UTC instant as a TIMESTAMP(3) literal (Prisma stores DateTime as UTC without a zone). */
function utc(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

const READ = `
  SELECT s."id" AS "sessionId", s."version" AS "version", s."state"::text AS "state",
         i."id" AS "identityId", i."verifiedAt" IS NOT NULL AS "verified",
         e."id" AS "employeeId", e."nip" AS "nip", e."name" AS "name", e."role"::text AS "role", e."language" AS "language", e."active" AS "active",
         e."kind"::text AS "kind", e."gender"::text AS "gender", e."serviceStart" AS "serviceStart",
         EXISTS (SELECT 1 FROM "ProcessedEvent" p WHERE p."channel" = $1::"Channel" AND p."eventId" = $2) AS "seen"
  FROM (SELECT 1) one
  LEFT JOIN "ConversationSession" s ON s."channel" = $1::"Channel" AND s."chatId" = $3
  LEFT JOIN "ChatIdentity" i ON i."channel" = $1::"Channel" AND i."externalId" = $4
  LEFT JOIN "Employee" e ON e."id" = i."employeeId"`;

interface ReadRow {
  sessionId: number | null;
  version: number | null;
  state: string | null;
  identityId: number | null;
  verified: boolean | null;
  employeeId: number | null;
  nip: string;
  name: string;
  role: 'EMPLOYEE' | 'HR';
  language: string;
  active: boolean;
  kind: EmployeeKind;
  gender: 'M' | 'F';
  serviceStart: IsoDay;
  seen: boolean;
}

/**
 * The whole turn in one statement: the event marked processed and, only if
 * that inserted a row, the session, the audit row and the outbox rows (which
 * arrive as a JSON array). Returns whether the event was new.
 */
const writeTurn = (session: string) => `
  WITH e AS (
    INSERT INTO "ProcessedEvent" ("channel", "eventId", "processedAt") VALUES ($14::"Channel", $15, $16::timestamp)
    ON CONFLICT DO NOTHING RETURNING 1
  ),
  s AS (${session}),
  a AS (
    INSERT INTO "AuditLog" ("at", "actorType", "actorId", "actorName", "channel", "action", "entity", "entityId", "data")
    SELECT $4::timestamp, $5, $6::int, $7, $8, $9, $10, $11, $12::jsonb FROM e RETURNING 1
  ),
  o AS (
    INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "dedupeKey", "nextAttemptAt", "createdAt")
    SELECT r."channel"::"Channel", r."chatId", r."payload", r."dedupeKey", $4::timestamp, $4::timestamp
    FROM jsonb_to_recordset($13::jsonb) AS r("channel" text, "chatId" text, "payload" jsonb, "dedupeKey" text)
    WHERE EXISTS (SELECT 1 FROM e)
    ON CONFLICT DO NOTHING RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM e) AS "fresh"`;
const UPDATE_SESSION = writeTurn(`
    UPDATE "ConversationSession" SET "version" = $1::int, "state" = $2::jsonb, "expiresAt" = $3::timestamp, "revision" = "revision" + 1, "updatedAt" = $4::timestamp
    WHERE "id" = $17::int AND EXISTS (SELECT 1 FROM e) RETURNING 1`);
const CREATE_SESSION = writeTurn(`
    INSERT INTO "ConversationSession" ("channel", "chatId", "version", "state", "expiresAt", "updatedAt")
    SELECT $17::"Channel", $18, $1::int, $2::jsonb, $3::timestamp, $4::timestamp FROM e RETURNING 1`);

/**
 * The engine's statements on PostgreSQL, as raw SQL through the turn's Prisma
 * transaction: transaction-scoped advisory locks on the batch's chats, one
 * read per turn, and one statement writing it (dedupe row, session, audit,
 * outbox).
 */
export function postgresTurnStore(): TurnStore {
  return {
    async lockChats(tx: Tx, keys: readonly string[]) {
      // Sorted, so two transactions never wait on each other's chats in opposite orders.
      await tx.$executeRawUnsafe(
        'SELECT pg_advisory_xact_lock(hashtextextended(s.k, 0)) FROM (SELECT k FROM jsonb_array_elements_text($1::jsonb) AS k ORDER BY k) s',
        JSON.stringify(keys),
      );
    },

    async read(tx: Tx, message: InboundMessage): Promise<TurnRead> {
      const [row] = await tx.$queryRawUnsafe<ReadRow[]>(READ, message.channel, message.eventId, message.chatId, message.sender.externalId);
      if (!row) throw new Error('the turn read returned no row');
      return {
        seen: row.seen,
        session: row.sessionId === null ? null : { id: row.sessionId, version: row.version!, state: JSON.parse(row.state!) as unknown },
        identity:
          row.identityId === null
            ? null
            : {
                id: row.identityId,
                verified: row.verified === true,
                employee:
                  row.employeeId === null
                    ? null
                    : { id: row.employeeId, nip: row.nip, name: row.name, role: row.role, language: row.language, active: row.active, kind: row.kind, gender: row.gender, serviceStart: row.serviceStart },
              },
      };
    },

    async write(tx: Tx, turn: TurnWrite): Promise<void> {
      // Prisma fills @default(now()) and @updatedAt with the wall clock; so does this.
      const wall = utc(new Date());
      const a = auditRow(turn.audit);
      const rows = turn.outbox.map((e) => ({ channel: e.channel, chatId: e.chatId, payload: e.message, dedupeKey: e.dedupeKey ?? null }));
      const params: unknown[] = [
        turn.version,
        JSON.stringify(turn.state),
        utc(turn.expiresAt),
        wall,
        a.actorType,
        a.actorId,
        a.actorName,
        a.channel,
        a.action,
        a.entity,
        a.entityId,
        a.data === undefined ? null : JSON.stringify(a.data),
        JSON.stringify(rows),
      ];
      params.push(turn.channel, turn.eventId, utc(turn.now));
      const [row] =
        turn.sessionId === null
          ? await tx.$queryRawUnsafe<Array<{ fresh: boolean }>>(CREATE_SESSION, ...params, turn.channel, turn.chatId)
          : await tx.$queryRawUnsafe<Array<{ fresh: boolean }>>(UPDATE_SESSION, ...params, turn.sessionId);
      if (!row?.fresh) throw new DuplicateEventError(turn.eventId);
    },
  };
}
