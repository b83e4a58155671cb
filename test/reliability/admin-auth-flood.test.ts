import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sapaEnv, spawnServer, type SpawnedServer } from '../../bench/lib/spawn-server';
import { percentile } from '../../bench/lib/stats';
import { fixedClock } from '../../src/clock';
import { openDatabase } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations/apply-migrations';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { textUpdate } from '../channels/telegram/updates';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { short } from './reliability-size';

const SECRET = 'flood-test_secret';
const FIRST_CHAT = 740_000;
const ATTACKERS = 100;
const ROUNDS = 3;
const TURN_INTERVAL_MS = 40;
const FLOOD_SCRIPT = fileURLToPath(new URL('./support/bogus-token-flood.mjs', import.meta.url));

/**
 * The real server on a SQLite file: chat turns through the Telegram webhook
 * while 100 requests with bogus admin tokens are in flight at all times, each
 * from a new address (so the per-address failure limit never answers: every
 * token is checked). Unauthenticated traffic must not hold SQLite's one
 * writer, so turn latency stays close to idle.
 */
describe('admin auth flood: bogus tokens do not slow chat turns', () => {
  const turns = short ? 240 : 1200;
  const chats = 8;
  let dir: string;
  let api: FakeBotApi;
  let server: SpawnedServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sapa-flood-'));
    const url = `file:${join(dir, 'sapa.db')}`;
    await applyMigrations(url);
    const db = await openDatabase(url);
    await seedDemo(db, fixedClock(new Date().toISOString()), 60);
    // These people stand for real staff reached over Telegram, not demo people kept to the local chat.
    await db.prisma.employee.updateMany({ data: { demo: false } });
    const employees = await db.prisma.employee.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: chats });
    await db.prisma.chatIdentity.createMany({
      data: employees.map((e, i) => ({ channel: 'TELEGRAM' as const, externalId: String(FIRST_CHAT + i), employeeId: e.id, verifiedAt: new Date() })),
    });
    await db.close();
    api = await startFakeBotApi();
    server = await spawnServer({ ...sapaEnv(url, api.apiRoot, api.token, SECRET), LOG_LEVEL: 'fatal' }, { quiet: true });
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One webhook call for a chat's turn; its latency, ms. */
  async function turn(chat: number, text: string): Promise<number> {
    const started = performance.now();
    const response = await fetch(`${server.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(textUpdate({ id: FIRST_CHAT + chat, first_name: `P${chat}` }, text)),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    return performance.now() - started;
  }

  /**
   * `count` turns at a steady rate (one every `TURN_INTERVAL_MS`, the chats in
   * turn, each chat's turns in order), as people write: the server is not
   * kept saturated, so what is measured is how long a turn waits.
   */
  async function chatTurns(count: number): Promise<number[]> {
    const latencies: number[] = [];
    const previous: Array<Promise<unknown>> = Array.from({ length: chats }, () => Promise.resolve());
    for (let i = 0; i < count; i += 1) {
      const chat = i % chats;
      previous[chat] = previous[chat]!.then(async () => latencies.push(await turn(chat, i % 2 ? 'saldo' : 'status')));
      await new Promise((r) => setTimeout(r, TURN_INTERVAL_MS));
    }
    await Promise.all(previous);
    return latencies;
  }

  /** Keeps `ATTACKERS` bogus-token admin requests in flight from another process until stopped; the answers by status. */
  function flood() {
    const child = spawn(process.execPath, [FLOOD_SCRIPT, server.url, String(ATTACKERS)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      async stop(): Promise<Record<string, number>> {
        child.stdin.end();
        await exited;
        return JSON.parse(output) as Record<string, number>;
      },
    };
  }

  it('100 concurrent bogus-token requests raise chat turn p99 by less than 2x over idle', async () => {
    await chatTurns(100); // warm up
    // Idle and flooded rounds alternate, so a change in the machine's load weighs on both alike.
    const idle: number[] = [];
    const loaded: number[] = [];
    const statuses: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      idle.push(...(await chatTurns(turns / ROUNDS)));
      const attack = flood();
      await new Promise((r) => setTimeout(r, 1500)); // until the held refusals are spread out
      loaded.push(...(await chatTurns(turns / ROUNDS)));
      for (const [status, n] of Object.entries(await attack.stop())) statuses[status] = (statuses[status] ?? 0) + n;
    }
    idle.sort((a, b) => a - b);
    loaded.sort((a, b) => a - b);

    const p = (sorted: number[], q: number) => Math.round(percentile(sorted, q) * 10) / 10;
    const bogus = Object.values(statuses).reduce((a, b) => a + b, 0);
    console.log(
      `chat turns (${turns} each): idle p50 ${p(idle, 50)} ms, p99 ${p(idle, 99)} ms; ` +
        `under ${ATTACKERS} concurrent bogus-token requests p50 ${p(loaded, 50)} ms, p99 ${p(loaded, 99)} ms ` +
        `(${bogus} bogus requests answered: ${JSON.stringify(statuses)})`,
    );
    expect(Object.keys(statuses)).toEqual(['401']);
    expect(bogus).toBeGreaterThan(ROUNDS * ATTACKERS);
    expect(percentile(loaded, 99)).toBeLessThan(2 * percentile(idle, 99));
  });
});
