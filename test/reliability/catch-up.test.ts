import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sapaEnv } from '../../bench/lib/spawn-server';
import { type Clock, fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { defaultComposition } from '../../src/modules';
import { startSapa } from '../../src/server';
import { openDatabase } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations/apply-migrations';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';

const SECRET = 'catch-up_secret';
const wib = (local: string) => new Date(`${local}+07:00`);

/** A clock that starts at `at` and runs at real speed (the outbox paces by it). */
function runningClock(at: Date): Clock {
  const offset = at.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/**
 * SAPA as `npm start` composes it (every module, the real scheduler and
 * catch-up, webhook mode against a fake Bot API) on a SQLite file, started
 * on a Monday at 08:15 in Jakarta after being down over 07:00, then again.
 */
describe("catch-up: a restart after a missed 07:00 sends that day's digest once", () => {
  let dir: string;
  let url: string;
  let api: FakeBotApi;
  let hrChats: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sapa-catch-up-'));
    url = `file:${join(dir, 'sapa.db')}`;
    await applyMigrations(url);
    const db = await openDatabase(url);
    await seedDemo(db, fixedClock(wib('2026-11-30T08:00:00')));
    // The HR officers stand for real people here (demo people are reachable only through the local chat).
    await db.prisma.employee.updateMany({ where: { role: 'HR' }, data: { demo: false } });
    const officers = await db.prisma.employee.findMany({ where: { role: 'HR', active: true }, select: { id: true } });
    hrChats = officers.map((o) => String(760_000 + o.id));
    await db.prisma.chatIdentity.createMany({
      data: officers.map((o) => ({ channel: 'TELEGRAM' as const, externalId: String(760_000 + o.id), employeeId: o.id, verifiedAt: wib('2026-11-30T08:00:00') })),
    });
    // SAPA ran last week (its housekeeping is on record), then was down from Sunday night to Monday 08:15.
    await db.prisma.jobRun.create({ data: { jobId: 'housekeeping', slot: '2026-12-06', status: 'DONE', startedAt: wib('2026-12-06T02:30:00'), finishedAt: wib('2026-12-06T02:30:01') } });
    await db.close();
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = () => loadConfig({ ...sapaEnv(url, api.apiRoot, api.token, SECRET), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', JOBS_ENABLED: 'true' });
  const digestsIn = (chatId: string) => api.messagesIn(chatId).filter((m) => m.text?.startsWith('Ringkasan harian SAPA'));
  const until = async (what: string, done: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 300; i += 1) {
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}: ${JSON.stringify(api.calls.map((c) => [c.method, c.params.chat_id, String(c.params.text ?? c.params.caption ?? '').slice(0, 40)]))}`);
  };

  it('the first start catches the digest up; a second start the same day sends nothing more; the next morning does not replay it', async () => {
    expect(hrChats.length).toBeGreaterThan(0);
    let digestRows = 0;
    const first = await startSapa(config(), defaultComposition(config()), runningClock(wib('2026-12-07T08:15:00')));
    const digestRun = () => first.db.prisma.jobRun.findUnique({ where: { jobId_slot: { jobId: 'hr-digest', slot: '2026-12-07' } } });
    try {
      await until('the digest run', async () => (await digestRun())?.status === 'DONE');
      await until('the digests delivered', () => hrChats.every((chat) => digestsIn(chat).length === 1));
      expect(digestsIn(hrChats[0]!)[0]!.text).toContain('Senin, 7 Des 2026');
      digestRows = await first.db.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: 'jobs.digest:' } } });
    } finally {
      await first.stop();
    }

    const second = await startSapa(config(), defaultComposition(config()), runningClock(wib('2026-12-07T09:40:00')));
    try {
      // The catch-up runs in the background: give it time to (not) act, then look.
      await new Promise((r) => setTimeout(r, 3_000));
      const runs = await second.db.prisma.jobRun.findMany({ where: { jobId: 'hr-digest' }, select: { slot: true, status: true } });
      expect(runs).toEqual([{ slot: '2026-12-07', status: 'DONE' }]);
      expect(digestRows).toBeGreaterThanOrEqual(hrChats.length);
      expect(await second.db.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: 'jobs.digest:' } } })).toBe(digestRows);
    } finally {
      await second.stop();
    }
    for (const chat of hrChats) expect(digestsIn(chat)).toHaveLength(1);

    // Down again over Tuesday's 07:00 until 06:30 Wednesday: Tuesday's digest is not sent late, Wednesday's is not due yet.
    const third = await startSapa(config(), defaultComposition(config()), runningClock(wib('2026-12-09T06:30:00')));
    try {
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await third.db.prisma.jobRun.count({ where: { jobId: 'hr-digest' } })).toBe(1);
    } finally {
      await third.stop();
    }
    for (const chat of hrChats) expect(digestsIn(chat)).toHaveLength(1);
  });
});
