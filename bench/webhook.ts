import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startFakeBotApi } from '../test/support/fake-bot-api';
import { dropPostgres, freshPostgres, freshSqlite } from './lib/bench-databases';
import { openDatabase, readBenchOrganisation } from './lib/bench-organisation';
import type { LoadResult } from './lib/load-generator';
import { printTable, type Row } from './lib/print-table';
import { runLoadInChild } from './lib/run-load';
import { summarize } from './lib/stats';
import { sapaEnv, spawnServer, type SpawnedServer } from './lib/spawn-server';
import { closedLoopScripts, openLoopScripts } from './lib/webhook-workload';
import { cacheDir } from './lib/bench-organisation';
import { writeResults } from './lib/write-results';

export interface WebhookBenchOptions {
  runs: number;
  closedSeconds: number;
  concurrency: number;
  openRate: number;
  openSeconds: number;
  postgresUrl?: string;
  log: (line: string) => void;
}

const SECRET = 'bench-secret_0123456789';

interface TargetRun {
  target: string;
  closed: { updates: number; ok: number; perSecond: number; p50: number; p99: number; statuses: Record<string, number> };
  open?: { rate: number; sent: number; ok: number; p50: number; p99: number; achieved: number; statuses: Record<string, number> };
  startupMs?: number;
  peakRssMb?: number;
  loadavg: number[];
}

function closedOf(result: LoadResult): TargetRun['closed'] {
  const s = summarize(result.latenciesMs);
  return { updates: result.sent, ok: result.ok, perSecond: result.ok / (result.elapsedMs / 1000), p50: s.median, p99: s.p99, statuses: result.statuses };
}

export async function benchWebhook(options: WebhookBenchOptions) {
  const { log } = options;
  const api = await startFakeBotApi();
  const templateUrl = await freshSqlite(join(cacheDir(), 'read.db'), log);
  const readDb = await openDatabase(templateUrl);
  const org = await readBenchOrganisation(readDb);
  await readDb.close();
  const runs: TargetRun[] = [];
  const targets = ['baseline', 'sqlite', ...(options.postgresUrl ? ['postgresql'] : [])];

  for (let run = 1; run <= options.runs; run += 1) {
    for (const target of targets) {
      const scripts = closedLoopScripts(org);
      let server: SpawnedServer;
      const pgName = `sapa_bench_run`;
      if (target === 'baseline') {
        server = await spawnServer({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET }, { entry: 'bench/lib/baseline-server.ts' });
      } else {
        const url = target === 'sqlite' ? await freshSqlite(join(cacheDir(), 'run.db'), log) : await freshPostgres(options.postgresUrl!, pgName, log);
        server = await spawnServer(sapaEnv(url, api.apiRoot, api.token, SECRET));
      }
      log(`run ${run} ${target}: ready in ${server.startupMs.toFixed(0)} ms; closed loop ${options.closedSeconds} s x ${options.concurrency} (load ${loadavg()[0]!.toFixed(1)})`);
      const rssTimer = setInterval(() => server.peakRssMb(), 250);
      const closed = closedOf(
        await runLoadInChild({ url: `${server.url}/telegram/webhook`, secret: SECRET, scripts, mode: { kind: 'closed', concurrency: options.concurrency }, durationMs: options.closedSeconds * 1000, graceMs: 20_000 }),
      );
      log(`  closed: ${closed.ok}/${closed.updates} ok, ${closed.perSecond.toFixed(0)}/s, p50 ${closed.p50.toFixed(1)} ms, p99 ${closed.p99.toFixed(1)} ms ${JSON.stringify(closed.statuses)}`);
      let open: TargetRun['open'];
      if (target !== 'baseline') {
        const result = await runLoadInChild({
          url: `${server.url}/telegram/webhook`,
          secret: SECRET,
          scripts: openLoopScripts(org),
          mode: { kind: 'open', rate: options.openRate, maxInFlight: 1_000_000 },
          graceMs: 20_000,
          durationMs: options.openSeconds * 1000,
        });
        const s = summarize(result.latenciesMs);
        open = { rate: options.openRate, sent: result.sent, ok: result.ok, p50: s.median, p99: s.p99, achieved: result.ok / (result.elapsedMs / 1000), statuses: result.statuses };
        log(`  open ${options.openRate}/s: ${open.ok}/${open.sent} ok, p50 ${open.p50.toFixed(1)} ms, p99 ${open.p99.toFixed(1)} ms ${JSON.stringify(open.statuses)}`);
      }
      clearInterval(rssTimer);
      const peakRssMb = server.peakRssMb();
      await server.stop();
      if (target === 'postgresql') await dropPostgres(options.postgresUrl!, pgName);
      runs.push({ target, closed, ...(open ? { open } : {}), ...(target !== 'baseline' ? { startupMs: server.startupMs, peakRssMb } : {}), loadavg: loadavg() });
    }
  }
  await api.close();

  const of = (target: string) => runs.filter((r) => r.target === target);
  const rows: Row[] = [];
  const baseline = of('baseline').map((r) => r.closed.perSecond);
  rows.push({ metric: 'baseline updates/s', unit: '1/s', summary: summarize(baseline) });
  for (const target of targets.filter((t) => t !== 'baseline')) {
    const rs = of(target);
    const min = target === 'sqlite' ? 1500 : 1000;
    rows.push({ metric: `${target} updates/s`, unit: '1/s', summary: summarize(rs.map((r) => r.closed.perSecond)), target: `>= ${min}` });
    rows.push({ metric: `${target} / baseline`, unit: '%', summary: summarize(rs.map((r, i) => (100 * r.closed.perSecond) / (baseline[i] ?? Number.NaN))), ...(target === 'sqlite' ? { target: '>= 30' } : {}) });
    rows.push({ metric: `${target} closed p50 (to commit)`, unit: 'ms', summary: summarize(rs.map((r) => r.closed.p50)) });
    rows.push({ metric: `${target} closed p99 (to commit)`, unit: 'ms', summary: summarize(rs.map((r) => r.closed.p99)) });
    rows.push({ metric: `${target} open ${options.openRate}/s p50`, unit: 'ms', summary: summarize(rs.map((r) => r.open!.p50)) });
    rows.push({ metric: `${target} open ${options.openRate}/s p99`, unit: 'ms', summary: summarize(rs.map((r) => r.open!.p99)), ...(target === 'sqlite' ? { target: '<= 50' } : {}) });
    rows.push({ metric: `${target} start-up to ready`, unit: 's', summary: summarize(rs.map((r) => r.startupMs! / 1000)), target: '<= 2' });
    rows.push({ metric: `${target} peak RSS under load`, unit: 'MB', summary: summarize(rs.map((r) => r.peakRssMb!)), target: '<= 300' });
  }
  printTable('Webhook (over runs)', rows);
  writeResults('webhook', { options: { ...options, log: undefined }, runs, rows });
  return rows;
}
