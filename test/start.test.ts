import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../bench/lib/spawn-server';
import { openDatabase } from '../src/store/database';

/** SAPA as `npm start` runs it (the bundle of src/main.ts, as its own process) on a fresh SQLite file. */
async function start(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sapa-start-'));
  const databaseUrl = `file:${join(dir, 'sapa.db')}`;
  let output = '';
  const server = await spawnServer({ DATABASE_URL: databaseUrl, JOBS_ENABLED: 'false', LOG_LEVEL: 'info', ...env }, { onOutput: (text) => (output += text) });
  const employees = async () => {
    const db = await openDatabase(databaseUrl);
    try {
      return await db.prisma.employee.count();
    } finally {
      await db.close();
    }
  };
  return { server, databaseUrl, employees, output: () => output, cleanup: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

describe('npm start in production (NODE_ENV=production) on an empty SQLite database', () => {
  let sapa: Awaited<ReturnType<typeof start>>;
  let server: SpawnedServer;
  beforeAll(async () => {
    sapa = await start({ NODE_ENV: 'production' });
    server = sapa.server;
  }, 120_000);
  afterAll(async () => {
    await sapa?.cleanup();
  });

  it('has no employees: no demo organisation', async () => {
    expect(await sapa.employees()).toBe(0);
  });

  it('serves no web chat: /dev/chat and its API answer 404', async () => {
    for (const path of ['/dev/chat', '/dev/chat/personas', '/dev/chat/documents/1?nip=199001172015031001']) expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    const upload = await fetch(`${server.url}/dev/chat/upload?nip=199001172015031001&name=a.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from('%PDF-1.4\n'),
    });
    expect(upload.status).toBe(404);
    const session = await fetch(`${server.url}/dev/chat/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip: '199001172015031001' }),
    });
    expect(session.status).toBe(404);
    expect(sapa.output()).not.toMatch(/WEB CHAT/);
  });

  // Node's default of 511 overflowed under a burst of a thousand connections and the kernel reset some (README "Performance").
  it('has the kernel hold up to 4,096 connections (or its cap) before it accepts them', () => {
    const port = new URL(server.url).port;
    // `ss` shows a listening socket's backlog as its Send-Q.
    const [, , backlog] = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' }).trim().split(/\s+/);
    const cap = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
    expect(Number(backlog)).toBe(Math.min(4096, cap));
  });
});

describe('npm start outside production (the Quick start) on an empty SQLite database', () => {
  let sapa: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    sapa = await start({ NODE_ENV: 'development' });
  }, 120_000);
  afterAll(async () => {
    await sapa?.cleanup();
  });

  it('seeds the demo organisation and serves the web chat with its demo personas', async () => {
    expect(await sapa.employees()).toBe(40);
    expect((await fetch(`${sapa.server.url}/dev/chat`)).status).toBe(200);
    const { personas } = (await (await fetch(`${sapa.server.url}/dev/chat/personas`)).json()) as { personas: unknown[] };
    expect(personas.length).toBeGreaterThan(3);
  });

  it('says loudly in the start log that the web chat is on, and where', async () => {
    const lines = sapa
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    const notice = lines.find((l) => l.msg.includes('/dev/chat') && !l.msg.startsWith('SAPA is ready'));
    expect(notice?.level).toBe(40);
    expect(notice?.msg).toContain(`${sapa.server.url}/dev/chat`);
    expect(notice?.msg).toMatch(/WEB CHAT IS ON/);
  });

  it('ends with a line telling a newcomer where to go: the web chat, the terminal chat and the HR console', () => {
    const ready = sapa
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string })
      .find((l) => l.msg.startsWith('SAPA is ready'));
    expect(ready?.msg).toContain(`Open ${sapa.server.url}/dev/chat in a browser`);
    expect(ready?.msg).toContain('npm run chat');
    expect(ready?.msg).toContain('/hr');
  });
});
