import type { Envelope } from '../../chat/envelope';
import type { AuditEntry } from '../audit-row';
import type { Prisma, Provider, Tx } from '../database';
import type { WaitingStepRow } from './common-statements';
import type { Rows } from './insert-rows';
import type { FixedReads } from './fixed-reads';
import type { FixedWrites } from './fixed-writes';
import type { ClaimedRowData, ClaimRequest } from './outbox-claim';
import type { ProcessLock } from './process-lock';
import type { TurnJournal } from './turn-journal';

/**
 * Marks around one unit of a batch (a conversation turn), run synchronously
 * on the connection the batch's transaction holds: a unit that throws rolls
 * back alone and the batch goes on.
 */
export interface UnitSavepoint {
  open(): void;
  release(): void;
  rollBack(): void;
}

/**
 * Everything SAPA says to its database in the provider's own SQL, one object
 * per database, chosen once when it is opened (`db.dialect`, and
 * `tx.$dialect` inside a transaction). The engine, the outbox and the
 * services call it and never ask which database they run on.
 */
export interface Dialect {
  readonly provider: Provider;
  /** The conversation engine's reads and writes, per batch of turns. */
  readonly turns: TurnJournal;
  /** Batches of turns in flight at once (SQLite has one writer). */
  readonly turnWriters: number;
  /**
   * SQLite: a savepoint per turn, so a turn that throws rolls back alone.
   * Null on PostgreSQL, where a failed statement spoils the whole transaction
   * and a savepoint costs a round trip: a batch is optimistic there (the
   * first turn that throws rolls the batch back, and each of its turns then
   * runs again in a transaction of its own).
   */
  readonly unitSavepoint: UnitSavepoint | null;
  /** The reads chat turns make most often (balances, request views, the rules' version, a payslip's, an approver's decision's), as fixed SQL. */
  readonly reads: FixedReads;
  /** The writes chat turns make most that are not the engine's own (a slip's delivery, the ledger's balance and move, a step's decision, the steps left), as fixed SQL. */
  readonly writes: FixedWrites;

  /**
   * Adds messages to the outbox in the caller's transaction, in their
   * order. A row whose dedupe key is already present (or earlier in the
   * list) is skipped, also when another transaction wrote it meanwhile.
   */
  insertOutbox(tx: Tx, envelopes: readonly Envelope[]): Promise<void>;
  /** Leases up to `request.limit` sendable rows to `request.workerId` (see claimableIds); any order. */
  claimOutbox(prisma: Prisma, request: ClaimRequest): Promise<ClaimedRowData[]>;
  /** Records sent rows' channel message ids: one statement for a batch (`$transaction([...])`). */
  recordMessageIds(prisma: Prisma, sent: ReadonlyArray<{ id: number; channelMessageId: string }>): ReturnType<Prisma['$executeRaw']>;
  /**
   * Multi-row INSERTs of plain values into one table (the Prisma model's
   * column names), in the caller's transaction, far faster than createMany
   * for a month of payslips; values are always bound. Throws before writing
   * when a row's width is not the columns'.
   */
  insertRows(tx: Tx, table: string, columns: readonly string[], rows: Rows): Promise<void>;
  /** Audit rows, in the caller's transaction (stamped with the wall clock, as the turn journal stamps a turn's). */
  insertAudit(tx: Tx, entries: readonly AuditEntry[]): Promise<void>;
  /** Holds the employee's row until the transaction ends, so two use cases for one person run one after the other. */
  lockEmployee(tx: Tx, employeeId: number): Promise<void>;
  /** Runs `fn` in a savepoint of the caller's transaction: when it throws, what it wrote is undone before the error goes up. */
  withSavepoint<T>(tx: Tx, fn: () => Promise<T>): Promise<T>;
  /** A lock only one process holds at a time (`key` names it), kept while this process lives. */
  processLock(key: number): ProcessLock;
  /** Every leave step waiting for its approver, in one joined query (the HR digest; thousands of rows on a busy day). */
  waitingApprovalSteps(tx: Tx): Promise<WaitingStepRow[]>;
}
