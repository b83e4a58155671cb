import type { Clock } from '../clock';
import type { ChannelName } from '../chat/channel-name';
import type { Database } from '../store/database';
import type { BackoffOptions } from '../backoff';
import type { ChannelSender } from '../chat/channel-sender';
import type { DocumentResolver } from './load-document';
import type { HeldMessage } from './chat-queues';
import type { PaceLeases } from './pace-leases';
import type { SendResult } from '../chat/channel-sender';

export interface DeadLetter {
  id: number;
  channel: ChannelName;
  chatId: string;
  error: string;
}

export interface OutboxWorkerOptions {
  db: Database;
  clock: Clock;
  senders: readonly ChannelSender[];
  /** Renders documents that are not inline (payslips). Inline ones are decoded here. */
  resolveDocument?: DocumentResolver;
  /** Names this worker in `lockedBy` (default: random). */
  workerId?: string;
  /** How long a claim holds a message; renewed while the worker holds it. Default 60 s. */
  leaseMs?: number;
  /** Failed attempts before a message is dead-lettered. Default 12 (about 3.5 h with the default backoff). */
  maxAttempts?: number;
  backoff?: Partial<BackoffOptions>;
  /** Most messages held at once. Default 100. */
  batchSize?: number;
  /** Most messages of one chat per claim. Default 3. */
  perChatClaim?: number;
  /** Most sends awaiting the channel at once. Default 32. */
  maxInFlight?: number;
  /** Idle poll interval. Default 250 ms. */
  pollMs?: number;
  /**
   * Holding more than half of batchSize, a wake (a new row) claims at most
   * this often; at half or less it claims at once. New rows only outrank
   * what is held when their lane or priority is higher. Default 200 ms.
   */
  wakeClaimGapMs?: number;
  /** Results are written back at least this often (and every 50). Default 200 ms. */
  flushMs?: number;
  /**
   * Extra time added to each pacing window (the answer's latency is already
   * counted), against clocks that read whole milliseconds. Default 5 ms.
   */
  pacingMarginMs?: number;
  /** Longest a single send may take before it counts as failed. Default 60 s. */
  sendTimeoutMs?: number;
  random?: () => number;
  /**
   * Waits `ms` on the worker's clock; the worker aborts `signal` when something
   * else ended the wait first. Tests pass one that advances a fixed clock
   * (after yielding a macrotask, and only if not aborted).
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Whose pace this process sends at: with several instances on PostgreSQL,
   * one holds each channel's lease (src/outbox/pace-leases.ts). Default: this
   * process alone (SQLite).
   */
  pace?: PaceLeases;
  onDead?: (dead: DeadLetter) => void;
  /** Every answer of a channel (metrics), after its outcome is known. */
  onSent?: (held: HeldMessage, result: SendResult, at: number) => void;
  /** Stopping, these sends were still unanswered when the grace ended: their rows keep the lease. */
  onUnanswered?: (ids: number[]) => void;
  onError?: (error: unknown) => void;
}

export interface DrainStats {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  throttled: number;
}

export interface OutboxWorker {
  readonly name: string;
  readonly workerId: string;
  /** The channels' deployment-wide pace, as this process holds it. */
  readonly pace: PaceLeases;
  start(): Promise<void>;
  /**
   * Sends nothing new, waits for the sends in flight (at most `graceMs`), gives
   * back the leases of what it held and writes every known result. A send
   * still unanswered after `graceMs` keeps its lease: whether the channel took
   * it is unknown, so it is sent again once the lease lapses (at-least-once).
   */
  stop(graceMs?: number): Promise<void>;
  /** New rows were committed: look now instead of at the next poll. */
  wake(): void;
  /** Sends everything sendable now (waiting for pacing) and returns when nothing is left to claim. */
  drainOnce(): Promise<DrainStats>;
}
