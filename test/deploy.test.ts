import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionStartArgs, productionStartEnv, SAPA_BUNDLE } from '../bench/lib/spawn-server';

const read = (path: string) => readFileSync(join('deploy', path), 'utf8');
const production = ['node', ...productionStartArgs()];
const productionEnv = Object.entries(productionStartEnv()).map(([name, value]) => `${name}=${value}`);

/** The JSON array of a Dockerfile's CMD or a compose file's `command:` line. */
function jsonCommand(text: string, prefix: RegExp): string[] {
  const line = text.split('\n').find((l) => prefix.test(l));
  expect(line, `a line matching ${prefix}`).toBeDefined();
  return JSON.parse(line!.replace(prefix, '').trim()) as string[];
}

/** The [section] key=value pairs of a systemd unit (repeated keys keep the last). */
function parseUnit(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = sections[header[1]!] = {};
      continue;
    }
    const pair = /^(\w+)=(.*)$/.exec(line);
    if (!pair || !current) throw new Error(`not a unit line: ${line}`);
    current[pair[1]!] = pair[2]!;
  }
  return sections;
}

describe('the production start', () => {
  it('runs the built bundle with node directly: no tsx, no esbuild, no npm in between', () => {
    expect(production.at(-1)).toBe(SAPA_BUNDLE);
    expect(production.join(' ')).not.toMatch(/tsx|esbuild|start\.mjs|npm/);
  });

  // glibc gives each thread that allocates an arena of its own; two hold peak memory under load about 30 MB lower (README "Performance").
  it('runs with two malloc arenas', () => {
    expect(productionEnv).toEqual(['MALLOC_ARENA_MAX=2']);
  });

  it('is what the Dockerfile and the compose file run', () => {
    expect(jsonCommand(read('Dockerfile'), /^CMD\s+/)).toEqual(production);
    const image = read('Dockerfile').split('\n').find((l) => l.startsWith('ENV '))!.split(/\s+/).slice(1);
    expect(image).toEqual(expect.arrayContaining(['NODE_ENV=production', ...productionEnv]));
    expect(jsonCommand(read('compose.yaml'), /^\s+command:\s+/)).toEqual(production);
  });

  it('compose runs the app beside PostgreSQL, pointed at it', () => {
    const compose = read('compose.yaml');
    expect(compose).toMatch(/^ {2}postgres:\n {4}image: postgres:/m);
    expect(compose).toMatch(/DATABASE_URL: postgresql:\/\/sapa:.*@postgres:5432\/sapa/);
    expect(compose).toMatch(/condition: service_healthy/);
  });

  it('the systemd unit runs it as a service that stops on SIGTERM within its time', () => {
    const unit = parseUnit(read('sapa.service'));
    expect(unit.Service?.ExecStart?.split(/\s+/)).toEqual(['/usr/bin/node', ...production.slice(1)]);
    expect(unit.Service?.KillSignal).toBe('SIGTERM');
    expect(unit.Service?.Environment?.split(/\s+/).sort()).toEqual(['NODE_ENV=production', ...productionEnv].sort());
    expect(Number(unit.Service?.TimeoutStopSec)).toBeGreaterThan(30);
    expect(unit.Install?.WantedBy).toBe('multi-user.target');
  });

  const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((path) => existsSync(path));
  it(`the systemd unit passes systemd-analyze verify (${analyze ? 'run here' : 'NOT RUN: systemd-analyze is not installed; only parsed above'})`, () => {
    if (!analyze) {
      // Without the tool, assert what can be: every key is one systemd knows in its section.
      const unit = parseUnit(read('sapa.service'));
      expect(Object.keys(unit).sort()).toEqual(['Install', 'Service', 'Unit']);
      return;
    }
    const result = spawnSync(analyze, ['verify', join('deploy', 'sapa.service')], { encoding: 'utf8' });
    expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('the reverse-proxy examples pass the webhook path and bound request bodies', () => {
    for (const name of ['Caddyfile', 'nginx.conf']) {
      const text = read(name);
      expect(text, name).toContain('/telegram/webhook');
      expect(text, name).toMatch(/max_size|client_max_body_size/);
      expect(text, name).toMatch(/\/metrics stays inside/);
    }
    expect(read('nginx.conf')).toMatch(/listen 443 ssl/);
    expect(readdirSync('deploy').sort()).toEqual(['Caddyfile', 'Dockerfile', 'compose.yaml', 'nginx.conf', 'sapa.service']);
  });
});

describe('the production start on an empty SQLite database', () => {
  it('answers /live and /ready, and runs no child process (no build service beside it)', async () => {
    const { spawnServer } = await import('../bench/lib/spawn-server');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'sapa-prod-'));
    const server = await spawnServer({ NODE_ENV: 'production', DATABASE_URL: `file:${join(dir, 'sapa.db')}`, JOBS_ENABLED: 'false' }, { quiet: true });
    try {
      expect((await fetch(`${server.url}/live`)).status).toBe(200);
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      const children = spawnSync('ps', ['--ppid', String(server.child.pid), '-o', 'pid='], { encoding: 'utf8' }).stdout.trim();
      expect(children).toBe('');
      const cmdline = readFileSync(`/proc/${server.child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      expect(cmdline.slice(1)).toEqual(productionStartArgs());
      const environ = readFileSync(`/proc/${server.child.pid}/environ`, 'utf8').split('\0');
      expect(environ).toEqual(expect.arrayContaining(productionEnv));
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
