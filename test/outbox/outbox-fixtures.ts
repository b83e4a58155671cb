import { fixedClock } from '../../src/clock';
import type { ChannelName } from '../../src/chat/channel-name';
import { enqueue } from '../../src/outbox/enqueue';
import type { Database } from '../../src/store/database';

export const testNow = '2026-11-27T03:00:00Z';

/**
 * A fixed clock and a sleep that moves it: the worker's waits take no real
 * time. The sleep lets pending work settle first (one macrotask) and moves
 * the clock only if the worker did not cancel it meanwhile.
 */
export function testTime(at = testNow) {
  const clock = fixedClock(at);
  const sleep = async (ms: number, signal?: AbortSignal) => {
    await new Promise((resolve) => setImmediate(resolve));
    if (!signal?.aborted) clock.advance(ms);
  };
  return { clock, sleep };
}

/** Enqueues `count` texts per chat, "<chat>#<n>", chat by chat, in one transaction. */
export async function enqueueTexts(db: Database, chats: readonly string[], count: number, channel: ChannelName = 'TELEGRAM') {
  const envelopes = chats.flatMap((chatId) =>
    Array.from({ length: count }, (_, n) => ({ channel, chatId, purpose: 'reply' as const, message: { kind: 'text' as const, text: `${chatId}#${n + 1}` } })),
  );
  await db.prisma.$transaction((tx) => enqueue(tx, envelopes), { timeout: 30_000 });
}

/** Empties what the outbox tests write, so one database serves a whole file. */
export async function resetOutbox(db: Database): Promise<void> {
  await db.prisma.outboxMessage.deleteMany();
  await db.prisma.chatIdentity.deleteMany();
}

export const chatIds = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
