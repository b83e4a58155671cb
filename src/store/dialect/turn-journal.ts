import type { IsoDay } from '../../domain/day';
import type { EmployeeKind } from '../../domain/leave/types';
import type { AuditEntry } from '../audit-row';
import type { Tx } from '../database';
import type { ChannelName } from '../../chat/channel-name';
import type { Envelope } from '../../chat/envelope';
import type { InboundMessage } from '../../chat/inbound-message';

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
      contractStart: IsoDay | null;
      contractEnd: IsoDay | null;
      /** Theirs or their unit's flag. */
      hardToReach: boolean;
      phone: string | null;
      unitId: number;
      /** isApprover and actsForOthers, asked in the same statement (employeeColumns). */
      approver: boolean;
      proxy: boolean;
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
  /** The turn's replies; rows whose dedupe key exists are skipped. */
  outbox: readonly Envelope[];
}

/** What a batch of turns shares: each turn's start, read up front, and the turns written at its end. */
export interface TurnBatch {
  reads: Map<InboundMessage, TurnRead>;
  deferred: TurnWrite[];
}

/**
 * The conversation engine's own statements (the per-message hot path), kept
 * out of Prisma's query builder and paid per batch of turns where the
 * database allows: the flows and services keep using the Prisma client
 * through the same transaction. Each dialect has one.
 */
export interface TurnJournal {
  /** First in a batch's transaction: holds its chats against other processes (PostgreSQL) and reads each turn's start. */
  begin(tx: Tx, messages: readonly InboundMessage[]): Promise<TurnBatch>;
  /**
   * A finished turn: written at once (SQLite, inside the turn's savepoint;
   * throws DuplicateEventError when its event was recorded meanwhile) or kept
   * for `end`.
   */
  record(tx: Tx, batch: TurnBatch, turn: TurnWrite): Promise<void>;
  /** Last in a batch's transaction: writes the kept turns; throws DuplicateEventError when one's event was recorded meanwhile. */
  end(tx: Tx, batch: TurnBatch): Promise<void>;
}

/** The event was recorded by another transaction first: the turn must roll back. */
export class DuplicateEventError extends Error {
  constructor(readonly eventId: string) {
    super(`event ${eventId} was already processed`);
    this.name = 'DuplicateEventError';
  }
}
