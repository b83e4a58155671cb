import type { Clock } from './clock';
import type { Config } from './config';
import type { ConversationEngine } from './conversation/conversation-engine';
import type { FlowRegistry } from './conversation/flow-registry';
import type { RoutePlugin } from './http/build-app';
import type { PartStatus } from './http/routes/readiness';
import type { Logger } from './logger';
import type { ChannelName } from './chat/channel-name';
import type { ChannelSender, SendRates, SendResult } from './chat/channel-sender';
import type { Database } from './store/database';

/**
 * The contract between the composition root (src/server.ts, src/modules.ts)
 * and the parts it starts: channels, jobs, admin routes and the outbox worker
 * import it from here, never from the root.
 */

/** Something that runs beside the HTTP service: a channel connection, the job scheduler, the outbox worker. */
export interface BackgroundService {
  readonly name: string;
  start(): Promise<void>;
  /** Stops; work in flight gets up to `graceMs` (SAPA's shutdown deadline) to finish or be recorded as interrupted. */
  stop(graceMs?: number): Promise<void>;
}

/** What every module is given: shared parts, created once per process. */
export interface ServiceContext {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
  /** The one conversation engine every channel feeds. */
  engine: ConversationEngine;
  flows: FlowRegistry;
  /** Nudges the outbox worker after something was enqueued outside a conversation turn. */
  wakeOutbox(): void;
  /** Each channel's send rate, from its sender's pacing (filled once the modules gave their senders): queue sizes become waits. */
  sendRates?: SendRates;
  /** Counts for /metrics (absent where a test builds a context by hand). */
  metrics?: MetricsRecorder;
  /** Each channel's connection now (filled once the modules exist), for HR's operations page. */
  channels?: () => readonly ChannelState[];
}

/**
 * A channel's connection as HR's operations page shows it, read-only: the
 * state (as /ready reports it) and, while WhatsApp waits to be paired, the
 * QR code to scan and the pairing code. Never part of /ready or /metrics.
 */
export interface ChannelState {
  channel: 'telegram' | 'whatsapp';
  /** Telegram: `webhook`, `polling`, `connecting`, `stopped`, `off`; WhatsApp: `open`, `pairing`, `connecting`, `standby`, `stopped`, `off`, `cloud`. */
  state: string;
  pairing?: { qr: string; qrAt?: Date | undefined; code?: string | undefined };
}

/** What parts of SAPA count for /metrics; src/http/metrics keeps the registry (nothing else imports prom-client). */
export interface MetricsRecorder {
  /** A channel's answer to one outbox send. */
  send(channel: ChannelName, result: SendResult): void;
  /** One scheduled job run's outcome. */
  jobRun(jobId: string, status: JobRunReport['status']): void;
}

/** What each part of SAPA contributes. */
export interface Module {
  routes?: RoutePlugin[];
  services?: BackgroundService[];
  /** Channels the outbox worker delivers through. */
  senders?: ChannelSender[];
  /** The part's state now, for /ready and /metrics (a channel's connection). */
  status?: () => PartStatus;
  /** A channel's connection for HR's operations page (with the pairing QR, which /ready never shows). */
  channel?: () => ChannelState;
}

export type ModuleFactory = (ctx: ServiceContext) => Module | Promise<Module>;

/** Builds the outbox worker once every channel's sender is known. */
export type OutboxFactory = (ctx: ServiceContext, senders: ChannelSender[]) => BackgroundService & { wake(): void };

/** What `startSapa` runs: the flows, the modules, and the outbox worker. */
export interface Composition {
  flows: FlowRegistry;
  modules: readonly ModuleFactory[];
  outbox?: OutboxFactory;
}

/** A scheduled job as the admin API shows it. */
export interface ScheduledJob {
  id: string;
  description: string;
  /** Cron expression, read in Asia/Jakarta. */
  schedule: string;
  slotKind: 'day' | 'year';
  /** What a start does about a slot missed while SAPA was down (see src/jobs/job-definition.ts). */
  catchUp: 'same-slot' | 'next-slot';
  /** The scheduler's next fire time in this process (null when the scheduler is off). */
  nextRun: Date | null;
}

/** What one run of a job for a slot came to. */
export type JobRunReport =
  | { status: 'DONE'; jobId: string; slot: string; result: Readonly<Record<string, string | number | boolean | null>> }
  | { status: 'FAILED'; jobId: string; slot: string; error: string }
  /** SAPA stopped during the run: what it committed stays; the slot may run again. */
  | { status: 'INTERRUPTED'; jobId: string; slot: string }
  /** Another instance or an earlier run has this slot (running or done). */
  | { status: 'SKIPPED'; jobId: string; slot: string };

/** The scheduled jobs as the admin API drives them; the jobs module provides it. */
export interface JobControl {
  list(): ScheduledJob[];
  /** Runs a job now for `slot` (default: the current one). AppError `jobs.not_found` or `jobs.invalid_slot` when it cannot. */
  run(jobId: string, slot?: string): Promise<JobRunReport>;
}
