import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startFakeBotApi } from '../test/support/fake-bot-api';
import { dropPostgres, freshPostgres, freshSqlite } from './lib/bench-databases';
import { type BenchOrgKind, cacheDir, openDatabase, readBenchOrganisation } from './lib/bench-organisation';
import type { LoadResult } from './lib/load-generator';
import { printTable, type Row } from './lib/print-table';
import { runLoadInChild } from './lib/run-load';
import { summarize } from './lib/stats';
import { sapaEnv, spawnServer, type SpawnedServer } from './lib/spawn-server';
import { closedLoopScripts, openLoopScripts } from './lib/webhook-workload';
import { writeResults } from './lib/write-results';

export interface WebhookBenchOptions {
  runs: number;
  closedSeconds: number;
  concurrency: number;
  openSeconds: number;
  org: BenchOrgKind;
  postgresUrl?: string;
  /** Only these of SAPA's targets (sqlite, postgresql, postgresql2); the baseline always runs. */
  only?: readonly string[];
  log: (line: string) => void;
}

const SECRET = 'bench-secret_0123456789';

/** Open-loop rates as fractions of the closed-loop capacity the same target showed in the same run: two for latency, one overload. */
const OPEN_LOADS = [
  { name: '50%', fraction: 0.5 },
  { name: '80%', fraction: 0.8 },
  { name: '150%', fraction: 1.5 },
] as const;

interface Loop {
  sent: number;
  ok: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

interface TargetRun {
  target: string;
  closed: Loop;
  open: Array<Loop & { load: string; rate: number }>;
  startupMs?: number;
  peakRssMb?: number;
  loadavg: number[];
}

function loopOf(result: LoadResult): Loop {
  const s = summarize(result.latenciesMs);
  return { sent: result.sent, ok: result.ok, perSecond: result.ok / (result.elapsedMs / 1000), p50: s.median, p99: s.p99, statuses: result.statuses };
}

/** Requests answered neither 200 nor 503 (a reset connection, a 500, one never answered): under overload SAPA must still answer each. */
const unanswered = (statuses: Record<string, number>) => Object.entries(statuses).filter(([code]) => code !== '200' && code !== '503').reduce((sum, [, n]) => sum + n, 0);

const TARGETS = { baseline: 'baseline', sqlite: 'sqlite', postgresql: 'postgresql', postgresqlTwo: 'postgresql, 2 instances' } as const;

/**
 * Telegram updates through the webhook of SAPA as `npm start` runs it, against
 * a bare Fastify + telegraf reply through the same fake Bot API (the
 * baseline): a closed loop of `concurrency` chats finds each target's
 * capacity; open loops at 50% and 80% of that capacity measure latency, one at
 * 150% shows overload answered (200 or 503, nothing reset). PostgreSQL also
 * runs as two instances on one database (closed loop), the scale-out setup.
 */
export async function benchWebhook(options: WebhookBenchOptions) {
  const { log } = options;
  const api = await startFakeBotApi();
  const readDb = await openDatabase(await freshSqlite(join(cacheDir(), 'read.db'), log, options.org));
  const org = await readBenchOrganisation(readDb);
  log(`organisation: ${options.org}, ${org.people.length} employees in ${await readDb.prisma.orgUnit.count()} units, ${org.pending.length} pending approvals`);
  await readDb.close();
  const runs: TargetRun[] = [];
  const wanted = (name: string) => !options.only || options.only.includes(name);
  const targets: string[] = [
    TARGETS.baseline,
    ...(wanted('sqlite') ? [TARGETS.sqlite] : []),
    ...(options.postgresUrl && wanted('postgresql') ? [TARGETS.postgresql] : []),
    ...(options.postgresUrl && wanted('postgresql2') ? [TARGETS.postgresqlTwo] : []),
  ];
  const pgName = 'sapa_bench_run';

  for (let run = 1; run <= options.runs; run += 1) {
    for (const target of targets) {
      let servers: SpawnedServer[];
      if (target === TARGETS.baseline) {
        servers = [await spawnServer({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET }, { entry: 'bench/lib/baseline-server.ts' })];
      } else {
        const url = target === TARGETS.sqlite ? await freshSqlite(join(cacheDir(), 'run.db'), log, options.org) : await freshPostgres(options.postgresUrl!, pgName, log, options.org);
        const env = sapaEnv(url, api.apiRoot, api.token, SECRET);
        servers = [await spawnServer(env)];
        if (target === TARGETS.postgresqlTwo) servers.push(await spawnServer(env));
      }
      const urls = servers.map((s) => `${s.url}/telegram/webhook`);
      log(`run ${run} ${target}: ready in ${servers.map((s) => s.startupMs.toFixed(0)).join(' + ')} ms; closed loop ${options.closedSeconds} s x ${options.concurrency} (load ${loadavg()[0]!.toFixed(1)})`);
      const rssTimer = setInterval(() => servers.forEach((s) => s.peakRssMb()), 250);
      const closed = loopOf(
        await runLoadInChild({ url: urls, secret: SECRET, scripts: closedLoopScripts(org), mode: { kind: 'closed', concurrency: options.concurrency }, durationMs: options.closedSeconds * 1000, graceMs: 20_000 }),
      );
      log(`  closed: ${closed.ok}/${closed.sent} ok, ${closed.perSecond.toFixed(0)}/s, p50 ${closed.p50.toFixed(1)} ms, p99 ${closed.p99.toFixed(1)} ms ${JSON.stringify(closed.statuses)}`);
      const open: TargetRun['open'] = [];
      if (target === TARGETS.sqlite || target === TARGETS.postgresql) {
        for (const load of OPEN_LOADS) {
          const rate = Math.max(1, Math.round(closed.perSecond * load.fraction));
          const result = await runLoadInChild({
            url: urls,
            secret: SECRET,
            scripts: openLoopScripts(org, Math.ceil(rate * options.openSeconds)),
            mode: { kind: 'open', rate, maxInFlight: 1_000_000 },
            graceMs: 20_000,
            durationMs: options.openSeconds * 1000,
          });
          const loop = { ...loopOf(result), load: load.name, rate };
          open.push(loop);
          log(`  open ${load.name} (${rate}/s): ${loop.ok}/${loop.sent} ok, p50 ${loop.p50.toFixed(1)} ms, p99 ${loop.p99.toFixed(1)} ms ${JSON.stringify(loop.statuses)}`);
        }
      }
      clearInterval(rssTimer);
      const peakRssMb = Math.max(...servers.map((s) => s.peakRssMb()));
      await Promise.all(servers.map((s) => s.stop()));
      if (target !== TARGETS.baseline && target !== TARGETS.sqlite) await dropPostgres(options.postgresUrl!, pgName);
      runs.push({ target, closed, open, ...(target !== TARGETS.baseline ? { startupMs: Math.max(...servers.map((s) => s.startupMs)), peakRssMb } : {}), loadavg: loadavg() });
    }
  }
  await api.close();

  const of = (target: string) => runs.filter((r) => r.target === target);
  const rows: Row[] = [];
  const baseline = of(TARGETS.baseline).map((r) => r.closed.perSecond);
  rows.push({ metric: 'baseline updates/s', unit: '1/s', summary: summarize(baseline) });
  for (const target of targets.filter((t) => t !== TARGETS.baseline)) {
    const rs = of(target);
    const sqlite = target === TARGETS.sqlite;
    rows.push({ metric: `${target} updates/s`, unit: '1/s', summary: summarize(rs.map((r) => r.closed.perSecond)), target: `>= ${sqlite ? 1500 : 1000}` });
    rows.push({ metric: `${target} / baseline`, unit: '%', summary: summarize(rs.map((r, i) => (100 * r.closed.perSecond) / (baseline[i] ?? Number.NaN))), ...(sqlite ? { target: '>= 30' } : {}) });
    rows.push({ metric: `${target} closed p50 (to commit)`, unit: 'ms', summary: summarize(rs.map((r) => r.closed.p50)) });
    rows.push({ metric: `${target} closed p99 (to commit)`, unit: 'ms', summary: summarize(rs.map((r) => r.closed.p99)) });
    for (const load of OPEN_LOADS) {
      const loops = rs.flatMap((r) => r.open.filter((o) => o.load === load.name));
      if (loops.length === 0) continue;
      if (load.fraction > 1) {
        rows.push({ metric: `${target} open ${load.name}: neither 200 nor 503`, unit: 'n', summary: summarize(loops.map((o) => unanswered(o.statuses))), target: '0' });
        rows.push({ metric: `${target} open ${load.name}: answered 503`, unit: '%', summary: summarize(loops.map((o) => (100 * (o.statuses['503'] ?? 0)) / o.sent)) });
      } else {
        rows.push({ metric: `${target} open ${load.name} rate`, unit: '1/s', summary: summarize(loops.map((o) => o.rate)) });
        rows.push({ metric: `${target} open ${load.name} p99`, unit: 'ms', summary: summarize(loops.map((o) => o.p99)), ...(load.fraction === 0.5 ? { target: `<= ${sqlite ? 50 : 100}` } : {}) });
      }
    }
    rows.push({ metric: `${target} start-up to ready`, unit: 's', summary: summarize(rs.map((r) => r.startupMs! / 1000)), target: '<= 2' });
    rows.push({ metric: `${target} peak RSS under load`, unit: 'MB', summary: summarize(rs.map((r) => r.peakRssMb!)), target: '<= 300' });
  }
  printTable('Webhook (over runs)', rows);
  writeResults('webhook', { options: { ...options, log: undefined }, runs, rows });
  return rows;
}
