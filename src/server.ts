import type { FastifyInstance } from 'fastify';
import { privacyContactOf } from './services/personal-data/collect-personal-data';
import type { Config } from './config';
import type { ChannelName } from './chat/channel-name';
import { sustainedRate } from './chat/channel-sender';
import { systemClock, type Clock } from './clock';
import { createConversationEngine } from './conversation/conversation-engine';
import { createAuthenticate } from './http/admin/authenticate';
import { buildApp } from './http/build-app';
import { metricsRoute } from './http/metrics/metrics-routes';
import { createSapaMetrics } from './http/metrics/sapa-metrics';
import { timeTurns } from './http/metrics/time-turns';
import type { ReadinessOptions } from './http/routes/readiness';
import { openDatabase, type Database } from './store/database';
import { applyMigrations } from './store/migrations/apply-migrations';
import { seedDemo } from './store/seed/seed-demo';
import { createLogger, processLogDestination } from './logger';
import type { Composition, ServiceContext } from './module';

export interface RunningSapa {
  app: FastifyInstance;
  db: Database;
  ctx: ServiceContext;
  address: string;
  /** The metrics port's address (METRICS_PORT), when it is on. */
  metricsAddress?: string;
  /**
   * Stops within `timeoutMs` (default SHUTDOWN_TIMEOUT_SECONDS): no new
   * requests or chat messages, turns in flight commit, running jobs finish or
   * are recorded as interrupted, the outbox writes back its results, the
   * database closes. A step that hangs is given up at its share of the time.
   */
  stop(timeoutMs?: number): Promise<void>;
  /** What a stop under way still waits for (logged when the deadline passes). */
  waitingFor(): string[];
}

/**
 * Connections the kernel holds for SAPA before it accepts them. Node's
 * default (511) overflowed when a burst of a thousand connections met a
 * process saturated by an overload: the kernel dropped handshakes and some
 * connections were reset instead of answered (200, or 503 beyond the
 * webhook's limit). Linux caps it at net.core.somaxconn (4096 on current
 * kernels).
 */
const LISTEN_BACKLOG = 4096;

/** Opens the database, migrates, seeds, and starts HTTP plus background services. */
export async function startSapa(config: Config, composition: Composition, clock: Clock = systemClock): Promise<RunningSapa> {
  const logStream = processLogDestination(config.NODE_ENV);
  const logger = createLogger(config.LOG_LEVEL, logStream);
  const httpLogger = { level: config.LOG_LEVEL, ...(logStream ? { stream: logStream } : {}) };
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  if (config.SEED_DEMO) {
    const seeded = await seedDemo(db, clock);
    if (seeded) logger.info({ employees: seeded.employees }, 'demo organisation seeded');
  }
  let wake: () => void = () => undefined;
  /** Filled below once every module gave its sender; read only when a turn, job or request asks. */
  const sendRates = new Map<ChannelName, number>();
  const metrics = createSapaMetrics({ db, clock, parts: () => partStatuses(), turnsInFlight: () => engine.inFlight() });
  const engine = timeTurns(createConversationEngine({
    db,
    clock,
    flows: composition.flows,
    idleMinutes: config.SESSION_IDLE_MINUTES,
    agency: {
      name: config.AGENCY_NAME,
      ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
      letterNumbering: { format: config.LETTER_NUMBER_FORMAT, agencyLevel: config.LETTER_AGENCY_LEVEL },
      privacyContact: privacyContactOf(config),
    },
    // Answering every message of a stranger on WhatsApp looks like spam (and risks the number).
    ...(config.WHATSAPP_STRANGER_QUIET_MINUTES > 0 ? { quietStrangers: { WHATSAPP: config.WHATSAPP_STRANGER_QUIET_MINUTES * 60_000 } } : {}),
    onOutbox: () => wake(),
    sendRates,
  }), metrics.turn);
  const ctx: ServiceContext = { config, db, clock, logger, engine, flows: composition.flows, wakeOutbox: () => wake(), sendRates, metrics: metrics.recorder, channels: () => parts.flatMap((p) => (p.channel ? [p.channel()] : [])) };
  const parts = await Promise.all(composition.modules.map((factory) => factory(ctx)));
  const partStatuses = () => parts.flatMap((p) => (p.status ? [p.status()] : []));
  const readiness: ReadinessOptions = { parts: partStatuses, outboxLagMs: config.READY_OUTBOX_LAG_SECONDS * 1000, clock };
  const services = parts.flatMap((p) => p.services ?? []);
  const senders = parts.flatMap((p) => p.senders ?? []);
  for (const sender of senders) sendRates.set(sender.channel, sustainedRate(sender.pacing));
  const outbox = composition.outbox?.(ctx, senders);
  if (outbox) wake = () => outbox.wake();
  const app = await buildApp({
    db,
    trustProxy: config.TRUST_PROXY,
    logger: httpLogger,
    routes: [...parts.flatMap((p) => p.routes ?? []), metricsRoute(metrics, createAuthenticate({ db, clock }, 'ops'))],
    readiness,
    onAnswer: metrics.httpAnswer,
  });
  const address = await app.listen({ host: config.HOST, port: config.PORT, backlog: LISTEN_BACKLOG });
  // Started once listening, so the thread's start-up does not delay readiness.
  await db.startCheckpointThread?.((err) => logger.error({ err }, 'the WAL checkpoint thread failed: SQLite checkpoints on the main connection again'));
  // The metrics port: /metrics without a token (and /live, /ready), for a Prometheus on the same machine or network.
  const metricsApp =
    config.METRICS_PORT === undefined
      ? undefined
      : await buildApp({ db, logger: httpLogger, routes: [metricsRoute(metrics)], readiness });
  const metricsAddress = await metricsApp?.listen({ host: config.METRICS_HOST, port: config.METRICS_PORT });
  await outbox?.start();
  if (config.devChat) {
    logger.warn(
      `WEB CHAT IS ON at ${address}/dev/chat: whoever reaches it can talk as a demo persona. ` +
        'Turn it off with DEV_CHAT=false; NODE_ENV=production never serves it.',
    );
  }
  for (const service of services) await service.start();

  const waiting = new Set<string>();
  /** Waits for `work` at most `ms`; logs what it waits for, and when it gives up. */
  async function waitFor(what: string, ms: number, work: () => Promise<unknown>): Promise<void> {
    waiting.add(what);
    logger.info({ waitingFor: what, maxMs: Math.round(ms) }, 'shutting down: waiting');
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      work().then(
        () => true,
        (err: unknown) => {
          logger.error({ err, step: what }, 'shutting down: step failed');
          return true;
        },
      ),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
    clearTimeout(timer);
    waiting.delete(what);
    if (!finished) logger.warn({ step: what, afterMs: Math.round(ms) }, 'shutting down: gave up waiting');
  }

  let stopping: Promise<void> | undefined;
  const stop = (timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000) => {
    stopping ??= (async () => {
      const started = performance.now();
      // The last part of the time is kept for the outbox's write-back and closing the database.
      const reserve = Math.min(3_000, timeoutMs / 5);
      const left = () => Math.max(0, timeoutMs - reserve - (performance.now() - started));
      // Intake first: HTTP (webhook turns answer once committed) and the channels' own connections; jobs stop at a checkpoint.
      await waitFor('HTTP requests, channels and jobs', left(), () =>
        Promise.all([app.close(), metricsApp?.close(), ...[...services].reverse().map((s) => s.stop(left()).catch((err: unknown) => logger.error({ err, service: s.name }, 'stop failed')))]),
      );
      if (engine.inFlight() > 0) await waitFor(`chat turns in flight (${engine.inFlight()})`, left(), () => engine.drain());
      if (outbox) await waitFor('outbox sends in flight and their results', Math.max(left(), reserve / 2), () => outbox.stop(Math.max(left(), reserve / 2)));
      await waitFor('database', Math.max(500, timeoutMs - (performance.now() - started)), () => db.close());
    })();
    return stopping;
  };
  return { app, db, ctx, address, ...(metricsAddress ? { metricsAddress } : {}), stop, waitingFor: () => [...waiting] };
}
