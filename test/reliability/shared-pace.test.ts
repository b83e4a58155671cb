import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLimitedBotApi, type LimitedBotApi } from '../../bench/lib/limited-bot-api';
import { sapaEnv, spawnServer, type SpawnedServer } from '../../bench/lib/spawn-server';
import { enqueue } from '../../src/outbox/enqueue';
import { openDatabase } from '../../src/store/database';
import { testPostgresUrl } from '../support/test-database';
import { tempPostgresDatabase } from '../store/migrations/temp-database';
import { sizeOf } from './reliability-size';

const SECRET = 'shared-pace_secret';
const TOTAL = sizeOf(10_000, 1_500);
const CHATS = 2_000;
const RATE = 30;

if (!testPostgresUrl) console.warn('\n*** SKIPPED: three instances sharing one pace need PostgreSQL (TEST_DATABASE_URL; CI sets it) ***\n');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Three SAPA processes on one PostgreSQL database drain one queue of Telegram
 * messages through a fake Bot API that answers 429 above 30 messages in any
 * second for the whole bot. Mid-drain the instance holding the pace is
 * killed with SIGKILL; another takes over.
 */
describe.skipIf(!testPostgresUrl)(`three instances, one Telegram pace: ${TOTAL} queued messages`, () => {
  let database: { url: string; drop(): Promise<void> };
  let api: LimitedBotApi;
  const servers: SpawnedServer[] = [];
  /** Each server's pid, in the order they said they took the Telegram pace. */
  const takers: Array<{ pid: number }> = [];
  const paceHolder = () => takers.at(-1)?.pid ?? null;

  beforeAll(async () => {
    database = await tempPostgresDatabase(testPostgresUrl ?? '');
    api = await startLimitedBotApi(RATE);
    // Started together on an empty database: one of them migrates.
    const env = { ...sapaEnv(database.url, api.apiRoot, api.token, SECRET), LOG_LEVEL: 'info' };
    const start = async () => {
      const me = { pid: 0 };
      const server = await spawnServer(env, {
        onOutput: (text) => {
          if (/now sends for the deployment/.test(text)) takers.push(me);
        },
      });
      me.pid = server.child.pid!;
      return server;
    };
    servers.push(...(await Promise.all([1, 2, 3].map(start))));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await api?.close();
    await database?.drop();
  });

  it('send at 30/s within 5%, 0 answered 429, 0 lost; a kill -9 of the holder hands over within 60 s, repeating only what it had in flight', async () => {
    const db = await openDatabase(database.url);
    try {
      for (let from = 0; from < TOTAL; from += 1_000) {
        const envelopes = Array.from({ length: Math.min(1_000, TOTAL - from) }, (_, k) => ({
          channel: 'TELEGRAM' as const,
          chatId: String(900_000 + ((from + k) % CHATS)),
          purpose: 'reply' as const,
          message: { kind: 'text' as const, text: `m${from + k}` },
        }));
        await db.prisma.$transaction((tx) => enqueue(tx, envelopes), { timeout: 60_000 });
      }

      // Drain until 40% is out, then kill the holder.
      const deadline = Date.now() + ((TOTAL / RATE) * 2 + 180) * 1000;
      while (api.accepted.size < TOTAL * 0.4) {
        if (Date.now() > deadline) throw new Error(`only ${api.accepted.size} sent before the kill`);
        await sleep(200);
      }
      const holder = paceHolder();
      const victim = servers.find((s) => s.child.pid === holder);
      expect(victim, 'one of the three holds the pace').toBeDefined();
      const sentBeforeKill = api.acceptedAt.length;
      const killedAt = performance.now();
      await victim!.kill();
      // What the dead instance held unrecorded: the only rows that may be sent again.
      const held = await db.prisma.outboxMessage.findMany({ where: { status: 'PENDING', lockedBy: { not: null }, lockedUntil: { gt: new Date() } }, select: { payload: true } });
      const inFlightTexts = new Set(held.map((row) => (row.payload as { text: string }).text));

      while (api.accepted.size < TOTAL) {
        if (Date.now() > deadline) throw new Error(`only ${api.accepted.size} of ${TOTAL} sent`);
        await sleep(500);
      }
      await sleep(2_000); // results written back

      const times = api.acceptedAt;
      const before = times.slice(0, sentBeforeKill);
      const after = times.slice(sentBeforeKill);
      const takeoverMs = after[0]! - killedAt;
      // The rows the killed instance had leased wait for their lease to run out; the rest is the new holder's pace.
      const afterTexts = api.acceptedTexts.slice(sentBeforeKill);
      const paced = after.filter((_, i) => !inFlightTexts.has(afterTexts[i]!));
      const heldSentAt = after.filter((_, i) => inFlightTexts.has(afterTexts[i]!));
      const rateOf = (span: number[]) => ((span.length - 1) * 1000) / (span.at(-1)! - span[0]!);
      const doubled = [...api.accepted].filter(([, n]) => n > 1).map(([text]) => text);
      const newHolder = paceHolder();
      console.log(
        `shared pace: ${TOTAL} messages, ${rateOf(before).toFixed(2)}/s before the kill, ${rateOf(paced).toFixed(2)}/s after (${rateOf(after).toFixed(2)}/s with the ${heldSentAt.length} leased rows sent ` +
          `${heldSentAt.length ? ((heldSentAt[0]! - killedAt) / 1000).toFixed(1) : '-'} s after the kill, when their lease ran out); ` +
          `takeover ${(takeoverMs / 1000).toFixed(1)} s; ${api.rejected} answered 429; ${doubled.length} sent twice (of ${inFlightTexts.size} held by the killed instance)`,
      );

      expect(api.rejected).toBe(0);
      expect(api.accepted.size).toBe(TOTAL);
      expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
      expect(doubled.filter((text) => !inFlightTexts.has(text))).toEqual([]);
      expect(rateOf(before)).toBeGreaterThanOrEqual(RATE * 0.95);
      expect(rateOf(paced)).toBeGreaterThanOrEqual(RATE * 0.95);
      expect(takeoverMs).toBeLessThan(60_000);
      expect(newHolder).not.toBe(holder);
      expect(servers.filter((s) => s !== victim).map((s) => s.child.pid)).toContain(newHolder);
    } finally {
      await db.close();
    }
  });
});
