import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Telegraf } from 'telegraf';
import { createTelegramSender } from '../src/channels/telegram/telegram-sender';
import { systemClock } from '../src/clock';
import { createLogger } from '../src/logger';
import { createOutboxWorker } from '../src/outbox/outbox-worker';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';
import { cacheDir } from './lib/bench-organisation';
import { startLimitedBotApi } from './lib/limited-bot-api';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

/**
 * Outbox drain: `count` notifications to distinct chats queued at once, sent
 * by the real worker and Telegram sender to a fake Bot API that allows 30
 * messages a second (429 beyond). Runs until everything is sent or
 * `maxSeconds` passed; then checks nothing was lost or doubled.
 */
export async function benchOutboxDrain(options: { count: number; maxSeconds: number; log: (s: string) => void }) {
  const path = join(cacheDir(), 'drain.db');
  for (const ext of ['', '-wal', '-shm']) rmSync(`${path}${ext}`, { force: true });
  await applyMigrations(`file:${path}`);
  const db = await openDatabase(`file:${path}`);
  const rows = Array.from({ length: options.count }, (_, i) => ({
    channel: 'TELEGRAM' as const,
    chatId: String(8_000_000 + i),
    payload: { kind: 'text', text: `notice-${i}` },
  }));
  for (let i = 0; i < rows.length; i += 2000) await db.prisma.outboxMessage.createMany({ data: rows.slice(i, i + 2000) });

  const api = await startLimitedBotApi(30);
  const telegram = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } }).telegram;
  const logger = createLogger('silent');
  const worker = createOutboxWorker({ db, clock: systemClock, senders: [createTelegramSender({ telegram, logger })] });
  const started = performance.now();
  await worker.start();
  const deadline = started + options.maxSeconds * 1000;
  let sent = 0;
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    sent = await db.prisma.outboxMessage.count({ where: { status: 'SENT' } });
    if (sent >= options.count) break;
  }
  await worker.stop();
  const elapsed = (performance.now() - started) / 1000;
  const [pending, dead, sentAfter] = await Promise.all([
    db.prisma.outboxMessage.count({ where: { status: 'PENDING' } }),
    db.prisma.outboxMessage.count({ where: { status: 'DEAD' } }),
    db.prisma.outboxMessage.count({ where: { status: 'SENT' } }),
  ]);
  await db.close();
  await api.close();

  const delivered = api.accepted.size;
  const doubled = [...api.accepted.values()].filter((n) => n > 1).length;
  const times = api.acceptedAt;
  // Steady rate: whole seconds after the first, so the ramp-up and the last partial second do not count.
  const window = times.length > 1 ? (times.at(-1)! - times[0]!) / 1000 : Number.NaN;
  const rate = (times.length - 1) / window;
  const perSecond: number[] = [];
  for (const t of times) perSecond[Math.floor((t - times[0]!) / 1000)] = (perSecond[Math.floor((t - times[0]!) / 1000)] ?? 0) + 1;
  const complete = perSecond.slice(0, -1).map((n) => n ?? 0);
  const result = {
    queued: options.count,
    delivered,
    doubled,
    recordedSent: sentAfter,
    pending,
    dead,
    lost: options.count - delivered - pending - dead,
    rejected429: api.rejected,
    elapsedSeconds: elapsed,
    achievedPerSecond: rate,
    limitPerSecond: 30,
    ratioOfLimit: rate / 30,
    finished: delivered === options.count,
  };
  options.log(`  drain: ${JSON.stringify(result)}`);
  printTable('Outbox drain (per-second delivery counts)', [
    { metric: 'messages delivered per second', unit: '1/s', summary: summarize(complete), target: '28.5-30' },
    { metric: 'achieved mean rate', unit: '1/s', summary: summarize([rate]), target: '>= 28.5' },
    { metric: 'lost (not delivered, not pending)', unit: 'msgs', summary: summarize([result.lost]), target: '0' },
    { metric: 'doubled', unit: 'msgs', summary: summarize([doubled]), target: '0' },
    { metric: '429 answers', unit: 'count', summary: summarize([api.rejected]) },
  ]);
  writeResults('outbox-drain', result);
  return result;
}
