import { randomBytes } from 'node:crypto';
import type { ChannelName } from '../chat/channel-name';
import { defaultBackoff } from '../backoff';
import { type ChannelPacer, createChannelPacer } from './channel-pacer';
import type { SendResult } from '../chat/channel-sender';
import { chatKey, createChatQueues, type HeldMessage } from './chat-queues';
import { claimMessages } from './claim-messages';
import { findSentCard } from './find-sent-card';
import { classifyResult, type RetryPolicy } from './classify-result';
import { keptAfterSend, outboundMessageSchema } from '../chat/outbound-message';
import { type Outcome, recordOutcomes } from './record-outcomes';
import { renewLeases } from './renew-leases';
import { sendHeld } from './send-held';
import { realSleep, waitFor } from './wait';
import { createWakeSignal } from './wake-signal';
import type { DeadLetter, DrainStats, OutboxWorker, OutboxWorkerOptions } from './worker-types';

export type { DeadLetter, DrainStats, OutboxWorker, OutboxWorkerOptions } from './worker-types';

const FLUSH_BATCH = 50;

/**
 * The outbox worker: claims due messages with a lease, sends them through
 * their channel paced per channel and per chat, keeps each chat in order, and
 * writes results back in batches. A message is SENT only after the channel
 * accepted it; a crash loses nothing (the lease lapses and any worker sends it).
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock } = options;
  const workerId = options.workerId ?? `outbox-${randomBytes(4).toString('hex')}`;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 100;
  const perChatClaim = options.perChatClaim ?? 3;
  const maxInFlight = options.maxInFlight ?? 32;
  const pollMs = options.pollMs ?? 250;
  const flushMs = options.flushMs ?? 200;
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? realSleep;
  const policy: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? 12,
    backoff: { ...defaultBackoff, ...options.backoff },
    random,
  };
  const senders = new Map(options.senders.map((s) => [s.channel, s]));
  const pacers = new Map<ChannelName, ChannelPacer>(
    options.senders.map((s) => [s.channel, createChannelPacer(s.pacing, options.pacingMarginMs ?? 5, random)]),
  );
  /** The channels this process can deliver through right now. */
  const availableChannels = () => options.senders.filter((s) => s.available?.() ?? true).map((s) => s.channel);

  const findCard = (channel: ChannelName, chatId: string, ref: string) => findSentCard(db, channel, chatId, ref);
  const queues = createChatQueues();
  const inFlight = new Map<string, Promise<void>>();
  const inFlightIds = new Map<string, number>();
  let outcomes: Outcome[] = [];
  const deadLetters: DeadLetter[] = [];
  const signal = createWakeSignal();
  let stats: DrainStats = { claimed: 0, sent: 0, retried: 0, dead: 0, throttled: 0 };
  let lastFlush = 0;
  let lastRenew = 0;
  let lastPrune = 0;
  let stopping = false;
  /** Stopping, and the grace for sends in flight is over: their rows keep their lease (the outcome is unknown). */
  let abandoned = false;
  let current: Promise<DrainStats> | null = null;
  let loop: Promise<void> | null = null;

  const nowMs = () => clock.now().getTime();

  async function claim(): Promise<number> {
    const room = batchSize - queues.size - inFlight.size;
    if (room <= 0) return 0;
    const channels = availableChannels();
    if (channels.length === 0) return 0;
    const now = clock.now();
    // Rows below normal priority (strangers' answers) never take more than half the batch: employees' replies always find room.
    const lowLimit = Math.max(0, Math.floor(batchSize / 2) - queues.low);
    const rows = await claimMessages(db, { workerId, now, leaseMs, limit: room, perChat: perChatClaim, channels, lowLimit });
    for (const row of rows) {
      const parsed = outboundMessageSchema.safeParse(row.payload);
      if (!parsed.success) {
        const error = `invalid payload: ${parsed.error.issues[0]?.message ?? 'unreadable'}`;
        outcomes.push({ kind: 'dead', id: row.id, channel: row.channel, chatId: row.chatId, error, unreachable: false });
        deadLetters.push({ id: row.id, channel: row.channel, chatId: row.chatId, error });
        stats.dead += 1;
        continue;
      }
      queues.add({ ...row, message: parsed.data, leaseUntil: row.lockedUntil.getTime() });
    }
    stats.claimed += rows.length;
    return rows.length;
  }

  function settle(held: HeldMessage, result: SendResult): void {
    const verdict = classifyResult(result, held.attempts, policy);
    const at = nowMs();
    const { id, channel, chatId } = held;
    const keep = keptAfterSend(held.message) ?? undefined;
    switch (verdict.kind) {
      case 'sent':
        outcomes.push({ kind: 'sent', id, channel, chatId, channelMessageId: result.ok ? (result.channelMessageId ?? null) : null, ...(keep ? { keep } : {}) });
        stats.sent += 1;
        return;
      case 'throttled':
        pacers.get(channel)!.pauseUntil(at + verdict.waitMs);
        queues.unshift(held);
        stats.throttled += 1;
        return;
      case 'dead':
        outcomes.push({ kind: 'dead', id, channel, chatId, error: verdict.error, unreachable: verdict.unreachable, ...(keep ? { keep } : {}) });
        deadLetters.push({ id, channel, chatId, error: verdict.error });
        stats.dead += 1;
        return;
      case 'retry':
        outcomes.push({ kind: 'retry', id, error: verdict.error, nextAttemptAt: new Date(at + verdict.delayMs) });
        for (const later of queues.dropChat(chatKey(held))) outcomes.push({ kind: 'release', id: later.id });
        stats.retried += 1;
    }
  }

  function start(key: string, held: HeldMessage, answered: (at: number) => void): void {
    inFlightIds.set(key, held.id);
    const task = sendHeld(senders.get(held.channel)!, held, options.resolveDocument, findCard, sendTimeoutMs).then((result) => {
      answered(nowMs());
      inFlight.delete(key);
      inFlightIds.delete(key);
      settle(held, result);
    });
    inFlight.set(key, task);
  }

  /** Starts every send pacing allows now; returns how long until the next one may go (Infinity: none waiting on pacing). */
  function dispatch(now: number): number {
    let wait = Infinity;
    const blocked = new Set<ChannelName>();
    for (const [key, head] of queues.heads()) {
      if (inFlight.size >= maxInFlight) break;
      if (inFlight.has(key) || blocked.has(head.channel)) continue;
      if (head.leaseUntil - now < leaseMs / 6) {
        queues.dropChat(key);
        continue;
      }
      const pacer = pacers.get(head.channel)!;
      const channelWait = pacer.channelWait(now);
      if (channelWait > 0) {
        blocked.add(head.channel);
        wait = Math.min(wait, channelWait);
        continue;
      }
      const chatWait = pacer.chatWait(head.chatId, now);
      if (chatWait > 0) {
        wait = Math.min(wait, chatWait);
        continue;
      }
      const answered = pacer.take(head.chatId, now);
      queues.shift(key);
      start(key, head, answered);
    }
    return wait;
  }

  async function flush(): Promise<void> {
    const batch = outcomes;
    outcomes = [];
    try {
      await recordOutcomes(db, batch, clock.now());
    } catch (error) {
      outcomes = [...batch, ...outcomes];
      throw error;
    }
    lastFlush = nowMs();
    for (const dead of deadLetters.splice(0)) options.onDead?.(dead);
  }

  async function renew(now: number): Promise<void> {
    lastRenew = now;
    const ids = [
      ...queues.all().map((m) => m.id),
      ...inFlightIds.values(),
      ...outcomes.filter((o) => o.kind !== 'release').map((o) => o.id),
    ];
    const until = now + leaseMs;
    const lost = new Set(await renewLeases(db, workerId, ids, new Date(until)));
    for (const held of queues.all()) held.leaseUntil = until;
    if (lost.size === 0) return;
    for (const held of queues.all()) {
      if (!lost.has(held.id)) continue;
      const dropped = queues.dropChat(chatKey(held));
      for (const later of dropped) if (!lost.has(later.id)) outcomes.push({ kind: 'release', id: later.id });
    }
  }

  async function cycle(): Promise<DrainStats> {
    stats = { claimed: 0, sent: 0, retried: 0, dead: 0, throttled: 0 };
    let nothingToClaim = false;
    for (;;) {
      const now = nowMs();
      if (outcomes.length >= FLUSH_BATCH || (outcomes.length > 0 && now - lastFlush >= flushMs)) {
        await flush();
        nothingToClaim = false;
      }
      const held = queues.size + inFlight.size;
      const woken = signal.consume();
      if (!stopping && (held === 0 || held <= batchSize / 2 || woken) && (!nothingToClaim || woken)) {
        nothingToClaim = (await claim()) === 0;
      }
      if (held > 0 && nowMs() - lastRenew >= leaseMs / 3) await renew(nowMs());
      if (now - lastPrune >= 10_000) {
        for (const pacer of pacers.values()) pacer.prune(now);
        lastPrune = now;
      }
      const wait = stopping ? Infinity : dispatch(nowMs());
      if (queues.size === 0 && inFlight.size === 0) {
        if (outcomes.length > 0) {
          await flush();
          nothingToClaim = false;
          continue;
        }
        if (nothingToClaim || stopping) return stats;
        continue;
      }
      if (stopping && (inFlight.size === 0 || abandoned)) break;
      const waiters: Promise<unknown>[] = [signal.wait()];
      if (inFlight.size > 0) waiters.push(Promise.race(inFlight.values()));
      const flushDue = outcomes.length > 0 ? flushMs - (nowMs() - lastFlush) : Infinity;
      await waitFor(sleep, Math.min(wait, flushDue, leaseMs / 3), waiters);
    }
    for (const held of queues.all()) {
      queues.dropChat(chatKey(held));
      outcomes.push({ kind: 'release', id: held.id });
    }
    await flush();
    return stats;
  }

  function drainOnce(): Promise<DrainStats> {
    current ??= cycle().finally(() => {
      current = null;
    });
    return current;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      try {
        await drainOnce();
      } catch (error) {
        options.onError?.(error);
      }
      if (stopping) break;
      await waitFor(sleep, pollMs, [signal.wait()]);
    }
  }

  return {
    name: 'outbox-worker',
    workerId,
    async start() {
      stopping = false;
      abandoned = false;
      loop ??= run();
    },
    async stop(graceMs) {
      stopping = true;
      signal.fire();
      const timer = graceMs === undefined ? undefined : setTimeout(() => {
        abandoned = true;
        if (inFlightIds.size > 0) options.onUnanswered?.([...inFlightIds.values()]);
        signal.fire();
      }, graceMs);
      await loop;
      loop = null;
      if (current) await current.catch(() => undefined);
      clearTimeout(timer);
    },
    wake: () => signal.fire(),
    drainOnce,
  };
}
