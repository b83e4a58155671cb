import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** SAPA as `npm start` runs it: the esbuild bundle of src/main.ts. */
export const SAPA_BUNDLE = 'dist/main.mjs';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  /** From spawn to the first 200 of GET /ready. */
  startupMs: number;
  /** Peak resident memory so far (VmHWM), MB. */
  peakRssMb(): number;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL (a crash) and wait for exit. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

let building: Promise<unknown> | undefined;

function scripts(): Record<string, string> {
  return (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { scripts: Record<string, string> }).scripts;
}

/** A start script's words: its leading `NAME=value` assignments, then `exec node ...`. */
function startWords(script: string): { env: Record<string, string>; words: string[] } {
  const words = scripts()[script]!.split(/\s+/).filter(Boolean);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  return { env, words };
}

/**
 * The production start (package.json's `start:production`, `MALLOC_ARENA_MAX=2
 * exec node <flags> dist/main.mjs`) as node's arguments: what the Dockerfile
 * and the systemd unit under deploy/ run, and what the tests spawn.
 */
export function productionStartArgs(): string[] {
  const { words } = startWords('start:production');
  if (words[0] !== 'exec' || words[1] !== 'node') throw new Error('start:production must be `[NAME=value ...] exec node ...`');
  return words.slice(2);
}

/** The environment the production start sets (MALLOC_ARENA_MAX), as the deploy files set it too. */
export function productionStartEnv(): Record<string, string> {
  return startWords('start:production').env;
}

/** The Node flags of package.json's start script (`node --flag ... scripts/start.mjs`): the heap bounds SAPA runs with. */
export function startFlags(): string[] {
  return startWords('start').words.filter((word) => word.startsWith('--'));
}

/** Rebuilds dist/ from the current source, once per process (`npm run build`, a fraction of a second). */
function buildBundle(): Promise<unknown> {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  building ??= promisify(execFile)(process.execPath, [script, '--quiet']);
  return building;
}

/**
 * Starts an entry as a single Node process (the pid is the server's own) and
 * waits until GET /ready answers 200. The default entry is SAPA's bundle,
 * rebuilt first so it matches the source; a `.ts` entry (e.g.
 * bench/lib/baseline-server.ts) runs with tsx as a loader. `startupMs` does
 * not include the build.
 */
export async function spawnServer(
  env: Record<string, string>,
  options: { entry?: string; port?: number; timeoutMs?: number; quiet?: boolean; onOutput?: (text: string) => void } = {},
): Promise<SpawnedServer> {
  const entry = options.entry ?? SAPA_BUNDLE;
  if (entry === SAPA_BUNDLE) await buildBundle();
  const port = options.port ?? (await freePort());
  // The bundle runs as the production start runs it (`npm run start:production`); a `.ts` entry with tsx as a loader.
  const command = entry === SAPA_BUNDLE ? productionStartArgs() : entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [...startFlags(), '--enable-source-maps', entry];
  const started = performance.now();
  // BENCH_PROFILE=1 writes a V8 CPU profile of each server to bench/results/profiles/ on exit.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=bench/results/profiles'] : [];
  const child = spawn(process.execPath, [...profile, ...command], {
    env: { ...process.env, ...productionStartEnv(), TRUST_PROXY: 'true', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', options.onOutput ? 'pipe' : options.quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  if (options.onOutput) child.stdout?.on('data', (chunk: Buffer) => options.onOutput!(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(`${url}/ready`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server not ready in time');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startupMs = performance.now() - started;
  let peak = 0;
  const peakRssMb = () => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // exited: keep the last reading
    }
    return peak;
  };
  return {
    child,
    url,
    startupMs,
    peakRssMb,
    async stop() {
      peakRssMb();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** The environment that runs SAPA in webhook mode against a fake Bot API, nothing else on. */
export function sapaEnv(databaseUrl: string, apiRoot: string, token: string, secret: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    JOBS_ENABLED: 'false',
    DEV_CHAT: 'false',
    WHATSAPP_ENABLED: 'false',
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_WEBHOOK_SECRET: secret,
    PUBLIC_URL: 'https://sapa.bench.example',
  };
}
