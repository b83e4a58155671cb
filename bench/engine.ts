import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createFlowRegistry } from '../flows';
import { readUpdate } from '../src/channels/telegram/read-update';
import { telegramUpdateSchema } from '../src/channels/telegram/update-schema';
import { systemClock } from '../src/clock';
import { createConversationEngine } from '../src/conversation/conversation-engine';
import { openDatabase } from '../src/store/database';
import { freshSqlite } from './lib/bench-databases';
import { type BenchOrgKind, cacheDir, readBenchOrganisation } from './lib/bench-organisation';
import { printTable, type Row } from './lib/print-table';
import { summarize } from './lib/stats';
import { closedLoopScripts } from './lib/webhook-workload';
import { writeResults } from './lib/write-results';

/** BENCH_PROFILE=1: each timed run writes a CPU profile of this process to bench/results/profiles/engine-<run>.cpuprofile. */
const profiling = Boolean(process.env.BENCH_PROFILE);

/** BENCH_OP_SITES=1: the counted run also prints where the operations come from (the first frames in src/ or flows/). */
const traceSites = Boolean(process.env.BENCH_OP_SITES);
if (traceSites) Error.stackTraceLimit = 60;

function callSite(stack: string): string {
  const frames = stack.split('\n').slice(1).map((l) => l.trim()).filter((l) => /\/(src|flows)\//.test(l) && !/\/src\/(store|runtime|generated)\//.test(l) && !l.includes('node_modules'));
  return frames.slice(0, 3).map((f) => (/\/((?:src|flows)\/[^:)]+:\d+)/.exec(f)?.[1] ?? f)).join(' < ') || '?';
}

/** The client, each model's methods noting their caller as they are called (before any await loses it), and so the clients of its transactions. */
function withCallSites<T extends object>(client: T, note: (key: string, site: string) => void): T {
  const wrap = (target: object, model: string | null): object =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof prop !== 'string') return value;
        if (prop === '$transaction' && typeof value === 'function') {
          return (arg: unknown, ...rest: unknown[]) =>
            (value as (...a: unknown[]) => unknown).call(obj, typeof arg === 'function' ? (tx: object) => (arg as (t: object) => unknown)(wrap(tx, null)) : arg, ...rest);
        }
        if (model === null && !prop.startsWith('$') && value && typeof value === 'object') return wrap(value, prop);
        if (typeof value === 'function' && (model !== null || prop.startsWith('$query') || prop.startsWith('$execute'))) {
          return (...args: unknown[]) => {
            note(`${model ?? '$raw'}.${prop}`, callSite(new Error().stack ?? ''));
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        return value;
      },
    });
  return wrap(client, null) as T;
}

interface EngineRun {
  turns: number;
  perSecond: number;
}

/**
 * The conversation engine alone, in this process, on SQLite: the webhook
 * bench's closed-loop mix (64 chats at a time) handed straight to the engine,
 * no HTTP and no telegraf. Shows what a turn costs without the web stack, and
 * (in a first, untimed run) how many Prisma operations a turn asks for.
 */
export async function benchEngine(options: { runs: number; scripts: number; org: BenchOrgKind; log: (s: string) => void }) {
  const runs: EngineRun[] = [];
  let operations = { perTurn: Number.NaN, top: [] as Array<{ op: string; perTurn: number }> };
  for (let run = 0; run <= options.runs; run += 1) {
    const db = await openDatabase(await freshSqlite(join(cacheDir(), 'engine.db'), options.log, options.org));
    const org = await readBenchOrganisation(db);
    const counts = new Map<string, number>();
    const sites = new Map<string, number>();
    const spent = new Map<string, number>();
    // One counted run (untimed): every Prisma operation the turns ask for, by model and operation.
    const counted = run === 0;
    const prisma = counted
      ? (db.prisma.$extends({
          query: {
            $allOperations({ model, operation, args, query }) {
              const key = `${model ?? '$raw'}.${operation}`;
              counts.set(key, (counts.get(key) ?? 0) + 1);
              const t0 = performance.now();
              return query(args).finally(() => spent.set(key, (spent.get(key) ?? 0) + performance.now() - t0));
            },
          },
        }) as unknown as typeof db.prisma)
      : db.prisma;
    const traced = traceSites && counted ? withCallSites(prisma, (key, site) => sites.set(`${key} <- ${site}`, (sites.get(`${key} <- ${site}`) ?? 0) + 1)) : prisma;
    const engine = createConversationEngine({ db: { ...db, prisma: traced }, clock: systemClock, flows: createFlowRegistry(), idleMinutes: 30, agency: { name: 'BKPSDM' } });
    const scripts = closedLoopScripts(org).slice(0, options.scripts);
    let turns = 0;
    let next = 0;
    const profiler = profiling && !counted ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < scripts.length) {
          for (const body of scripts[next++]!) {
            const reading = readUpdate(telegramUpdateSchema.parse(JSON.parse(body)), new Date());
            if (reading.kind === 'message') await engine.handle(reading.message);
            else if (reading.kind === 'callback') await engine.handle({ ...reading.envelope, content: { kind: 'choice', value: reading.value } });
            turns += 1;
          }
        }
      }),
    );
    const ms = performance.now() - started;
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      mkdirSync('bench/results/profiles', { recursive: true });
      writeFileSync(`bench/results/profiles/engine-${run}.cpuprofile`, JSON.stringify(profile));
      profiler.disconnect();
    }
    await db.close();
    if (counted) {
      operations = { perTurn: [...counts.values()].reduce((x, y) => x + y, 0) / turns, top: [...counts].sort((x, y) => y[1] - x[1]).map(([op, n]) => ({ op, perTurn: n / turns })) };
      options.log(`  counted run: ${operations.perTurn.toFixed(2)} Prisma operations a turn (${operations.top.slice(0, 6).map((t) => `${t.op} ${t.perTurn.toFixed(2)}`).join(', ')})`);
      if (traceSites) for (const [op, ms] of [...spent].sort((x, y) => y[1] - x[1]).slice(0, 12)) options.log(`    ${(ms / turns).toFixed(2)} ms/turn  ${op}`);
      if (traceSites) for (const [site, n] of [...sites].sort((x, y) => y[1] - x[1]).slice(0, 20)) options.log(`    ${(n / turns).toFixed(2)}  ${site}`);
      continue;
    }
    runs.push({ turns, perSecond: (turns / ms) * 1000 });
    options.log(`  engine run ${run}: ${turns} turns, ${((turns / ms) * 1000).toFixed(0)}/s`);
  }
  const rows: Row[] = [
    { metric: 'engine turns/s (SQLite, in process)', unit: '1/s', summary: summarize(runs.map((r) => r.perSecond)) },
    { metric: 'Prisma operations per turn', unit: '1', summary: summarize([operations.perTurn]) },
  ];
  printTable('Conversation engine alone (no HTTP)', rows);
  writeResults('engine', { options: { ...options, log: undefined }, runs, operations, rows });
  return rows;
}
