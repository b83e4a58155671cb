import type { IsoDay } from '../../domain/day';
import type { EmployeeKind } from '../../domain/leave/types';
import type { AuditEntry } from '../../services/audit';
import type { Database, Tx } from '../../store/database';
import type { ChannelName, Envelope, InboundMessage } from '../messages';
import { postgresTurnStore } from './postgres-turn-store';
import { sqliteTurnStore } from './sqlite-turn-store';

/** What a turn starts from, read in one statement. */
export interface TurnRead {
  /** The event was processed before: nothing to do. */
  seen: boolean;
  session: { id: number; version: number; state: unknown } | null;
  identity: {
    id: number;
    verified: boolean;
    employee: {
      id: number;
      nip: string;
      name: string;
      role: 'EMPLOYEE' | 'HR';
      language: string;
      active: boolean;
      kind: EmployeeKind;
      gender: 'M' | 'F';
      serviceStart: IsoDay;
    } | null;
  } | null;
}

/** What a turn leaves behind, written in its transaction. */
export interface TurnWrite {
  channel: ChannelName;
  chatId: string;
  eventId: string;
  now: Date;
  /** The session row read at the start, or null to create it. */
  sessionId: number | null;
  version: number;
  state: unknown;
  expiresAt: Date;
  audit: AuditEntry;
  /** Replies and notifications; rows whose dedupe key exists are skipped. */
  outbox: readonly Envelope[];
}

/**
 * The conversation engine's own statements (the per-message hot path), kept
 * out of Prisma's query builder: one read, a handful of fixed writes. The
 * flows and services keep using the Prisma client through the same
 * transaction.
 */
export interface TurnStore {
  /** Holds these chats against other processes until the transaction ends (PostgreSQL), in one fixed order. */
  lockChats(tx: Tx, keys: readonly string[]): Promise<void>;
  read(tx: Tx, message: InboundMessage): Promise<TurnRead>;
  /** Writes the turn; throws DuplicateEventError when the event was recorded meanwhile. */
  write(tx: Tx, turn: TurnWrite): Promise<void>;
}

/** The event was recorded by another transaction first: the turn must roll back. */
export class DuplicateEventError extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} was already processed`);
    this.name = 'DuplicateEventError';
  }
}

export function turnStoreFor(db: Database): TurnStore {
  return db.sqlite ? sqliteTurnStore(db.sqlite) : postgresTurnStore();
}
