import { SEND_PRIORITY } from '../../chat/envelope';
import type { Clock } from '../../clock';
import { outboxBacklog } from '../../services/ops/outbox-backlog';
import type { Database } from '../../store/database';
import { migrationState } from '../../store/migrations/migration-state';

/** A part's state as /ready and /metrics report it: a channel's connection, say. Modules report their own (src/module.ts). */
export interface PartStatus {
  /** Which part: `telegram`, `whatsapp`. */
  part: string;
  /** What it is doing: `webhook`, `polling`, `off`, `open`, `standby`, `connecting`, ... */
  state: string;
  /** Whether SAPA serves with the part in this state. */
  ready: boolean;
}

export interface ReadinessOptions {
  /** The modules' parts (channels), asked at each probe. */
  parts?: () => readonly PartStatus[];
  /** Not ready when the oldest pending reply or card (normal priority and above) waited longer; 0: reported, never failing. */
  outboxLagMs?: number;
  clock?: Clock;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  /** The parts that are not ready, by name. */
  failing: string[];
  parts: Record<string, { ready: boolean } & Record<string, unknown>>;
}

export const DEFAULT_OUTBOX_LAG_MS = 300_000;

/**
 * Each part SAPA needs, checked now: the database (a query, and every
 * migration this SAPA knows applied), the channels (their modules say), and
 * the outbox (how long the oldest reply or card has waited). The bulk lane
 * and answers to strangers (below normal priority) are left out of the lag:
 * a payslip broadcast is meant to take hours.
 */
export async function checkReadiness(db: Database, options: ReadinessOptions = {}): Promise<ReadinessReport> {
  const parts: ReadinessReport['parts'] = {};
  try {
    const state = await migrationState(db);
    parts.database = { ready: state.pending.length === 0, provider: db.provider, migrations: state.applied.length, pending: state.pending.length };
  } catch {
    parts.database = { ready: false, provider: db.provider, error: 'unreachable' };
  }
  for (const part of options.parts?.() ?? []) parts[part.part] = { ready: part.ready, state: part.state };
  if (parts.database.ready) parts.outbox = await outboxLag(db, options);
  const failing = Object.entries(parts).filter(([, p]) => !p.ready).map(([name]) => name);
  return { status: failing.length === 0 ? 'ready' : 'not_ready', failing, parts };
}

async function outboxLag(db: Database, options: ReadinessOptions): Promise<ReadinessReport['parts'][string]> {
  const thresholdMs = options.outboxLagMs ?? DEFAULT_OUTBOX_LAG_MS;
  const now = (options.clock?.now() ?? new Date()).getTime();
  try {
    const groups = await outboxBacklog(db.prisma);
    const urgent = groups.filter((g) => g.lane === 'INTERACTIVE' && g.priority >= SEND_PRIORITY.normal);
    const oldest = Math.min(now, ...urgent.map((g) => g.oldestAt.getTime()));
    const lagSeconds = Math.max(0, Math.round((now - oldest) / 1000));
    return {
      ready: thresholdMs === 0 || lagSeconds * 1000 <= thresholdMs,
      pending: groups.reduce((n, g) => n + g.pending, 0),
      oldestPendingSeconds: lagSeconds,
      thresholdSeconds: thresholdMs / 1000,
    };
  } catch {
    return { ready: false, error: 'unreadable' };
  }
}
