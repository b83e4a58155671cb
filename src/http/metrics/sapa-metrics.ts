import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChannelName } from '../../chat/channel-name';
import type { SendResult } from '../../chat/channel-sender';
import type { Clock } from '../../clock';
import type { MetricsRecorder } from '../../module';
import { outboxBacklog } from '../../services/ops/outbox-backlog';
import type { Database, PoolUse } from '../../store/database';
import type { PartStatus } from '../routes/readiness';

/** What the gauges read at scrape time. */
export interface MetricsSources {
  db: Database;
  clock: Clock;
  /** The modules' parts (channels), once they exist. */
  parts: () => readonly PartStatus[];
  /** Chat turns taken and not yet committed (the engine). */
  turnsInFlight: () => number;
}

export interface SapaMetrics {
  /** What modules record through their context (jobs, outbox sends). */
  recorder: MetricsRecorder;
  /** One chat turn, from its arrival to its commit (or failure). */
  turn(channel: ChannelName, seconds: number, outcome: string): void;
  /** One HTTP answer, by route template (webhooks included). */
  httpAnswer(route: string, method: string, status: number): void;
  /** The gauges computed now, then every series in Prometheus' text format. */
  scrape(): Promise<string>;
  readonly contentType: string;
}

/** How a channel's answer to one send is counted. */
export function sendResultLabel(result: SendResult): string {
  if (result.ok) return 'sent';
  if (result.retryAfterMs !== undefined) return 'throttled';
  if (result.unreachable) return 'unreachable';
  if (result.permanent) return 'rejected';
  return 'failed';
}

/**
 * The one registry of SAPA's metrics (prom-client), one per running SAPA:
 * counters the parts record as things happen, and gauges read when
 * Prometheus scrapes (the outbox backlog in one grouped query, the channels'
 * states, the database pool). Nothing else in SAPA imports prom-client.
 */
export function createSapaMetrics(sources: MetricsSources): SapaMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const register = [registry];
  const turns = new Counter({ name: 'sapa_turns_total', help: 'Chat turns by channel and outcome (processed, duplicate, refused, unread, failed).', labelNames: ['channel', 'outcome'], registers: register });
  const turnSeconds = new Histogram({
    name: 'sapa_turn_duration_seconds',
    help: "A chat turn from the message's arrival at the engine to its commit, by channel.",
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: register,
  });
  new Gauge({
    name: 'sapa_turns_in_flight',
    help: 'Chat turns taken and not yet committed.',
    registers: register,
    collect() {
      this.set(sources.turnsInFlight());
    },
  });
  const http = new Counter({ name: 'sapa_http_responses_total', help: 'HTTP answers by route template, method and status (webhooks included; unknown paths as "unmatched").', labelNames: ['route', 'method', 'status'], registers: register });
  const sends = new Counter({ name: 'sapa_outbox_sends_total', help: "Channels' answers to outbox sends, by channel and result (sent, throttled, failed, unreachable, rejected).", labelNames: ['channel', 'result'], registers: register });
  const jobs = new Counter({ name: 'sapa_job_runs_total', help: 'Scheduled job runs in this process by job and status (done, failed, interrupted, skipped).', labelNames: ['job', 'status'], registers: register });
  const pending = new Gauge({ name: 'sapa_outbox_pending', help: 'Outbox messages waiting to be sent, by channel, lane and send priority (the whole deployment).', labelNames: ['channel', 'lane', 'priority'], registers: register });
  const oldest = new Gauge({ name: 'sapa_outbox_oldest_pending_seconds', help: 'Age of the oldest waiting outbox message, by channel, lane and send priority.', labelNames: ['channel', 'lane', 'priority'], registers: register });
  const partState = new Gauge({ name: 'sapa_part_state', help: "A part's current state (1), e.g. whatsapp open, standby, connecting; telegram webhook, polling.", labelNames: ['part', 'state'], registers: register });
  const partReady = new Gauge({ name: 'sapa_part_ready', help: 'Whether a part is ready (1) or not (0), as /ready reports it.', labelNames: ['part'], registers: register });
  // Only a database with a pool (PostgreSQL) has these: SQLite's one connection has nothing to report.
  const poolUse = sources.db.poolUse?.bind(sources.db);
  const pool = poolUse && new Gauge({ name: 'sapa_db_pool_connections', help: 'PostgreSQL pool connections by state (total, idle, waiting = queries queued for a connection).', labelNames: ['state'], registers: register });
  const poolMax = poolUse && new Gauge({ name: 'sapa_db_pool_max', help: 'PostgreSQL pool size limit.', registers: register });

  async function refresh(): Promise<void> {
    pending.reset();
    oldest.reset();
    const now = sources.clock.now().getTime();
    for (const group of await outboxBacklog(sources.db.prisma)) {
      const labels = { channel: group.channel, lane: group.lane, priority: String(group.priority) };
      pending.set(labels, group.pending);
      oldest.set(labels, Math.max(0, (now - group.oldestAt.getTime()) / 1000));
    }
    partState.reset();
    partReady.reset();
    for (const part of sources.parts()) {
      partState.set({ part: part.part, state: part.state }, 1);
      partReady.set({ part: part.part }, part.ready ? 1 : 0);
    }
    const use: PoolUse | undefined = poolUse?.();
    if (use && pool && poolMax) {
      pool.set({ state: 'total' }, use.total);
      pool.set({ state: 'idle' }, use.idle);
      pool.set({ state: 'waiting' }, use.waiting);
      poolMax.set(use.max);
    }
  }

  return {
    recorder: {
      send: (channel, result) => sends.inc({ channel, result: sendResultLabel(result) }),
      jobRun: (jobId, status) => jobs.inc({ job: jobId, status: status.toLowerCase() }),
    },
    turn(channel, seconds, outcome) {
      turns.inc({ channel, outcome });
      turnSeconds.observe({ channel }, seconds);
    },
    httpAnswer: (route, method, status) => http.inc({ route, method, status: String(status) }),
    async scrape() {
      await refresh();
      return registry.metrics();
    },
    contentType: registry.contentType,
  };
}
