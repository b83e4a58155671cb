import { randomBytes } from 'node:crypto';
import type { ChannelName } from '../chat/channel-name';
import { defaultBackoff } from '../backoff';
import { type ChannelPacer, createChannelPacer } from './channel-pacer';
import { chatKey, type HeldMessage } from './chat-queues';
import { claimIntoQueues } from './claim-into-queues';
import type { RetryPolicy } from './classify-result';
import { dispatchSends } from './dispatch-sends';
import { findSentCard } from './find-sent-card';
import { inProcessPace } from './pace-leases';
import { recordOutcomes } from './record-outcomes';
import { renewHeld } from './renew-held';
import { sendHeld } from './send-held';
import { settleSend } from './settle-send';
import { realSleep, waitFor } from './wait';
import { createWakeSignal } from './wake-signal';
import { createWorkerState, emptyStats } from './worker-state';
import type { DrainStats, OutboxWorker, OutboxWorkerOptions } from './worker-types';

export type { DeadLetter, DrainStats, OutboxWorker, OutboxWorkerOptions } from './worker-types';

const FLUSH_BATCH = 50;

/**
 * The outbox worker: claims due messages with a lease, sends them through
 * their channel paced per channel and per chat, keeps each chat in order, and
 * writes results back in batches. A message is SENT only after the channel
 * accepted it; a crash loses nothing (the lease lapses and any worker sends it).
 * With several instances (PostgreSQL) one holds each channel's pace
 * (`options.pace`) and sends its messages; the others send none of them.
 *
 * Its parts: claimIntoQueues (claim), dispatchSends (pacing, priority),
 * sendHeld (one send), settleSend (its outcome), renewHeld (leases),
 * recordOutcomes (write-back). This file runs the loop and the stop.
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
  const wakeClaimGapMs = options.wakeClaimGapMs ?? 200;
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? realSleep;
  const pace = options.pace ?? inProcessPace();
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
  const deliverable = () => options.senders.filter((s) => s.available?.() ?? true).map((s) => s.channel);

  const findCard = (channel: ChannelName, chatId: string, ref: string) => findSentCard(db, channel, chatId, ref);
  const state = createWorkerState();
  const { queues, inFlight, inFlightIds } = state;
  const signal = createWakeSignal();
  let lastFlush = 0;
  let lastRenew = 0;
  let lastClaim = -Infinity;
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
    const now = nowMs();
    const channels = deliverable().filter((channel) => pace.holds(channel, now));
    if (channels.length === 0) return 0;
    // Rows below normal priority (bulk, strangers' answers) never take more than half the batch: replies and cards always find room.
    const lowLimit = Math.max(0, Math.floor(batchSize / 2) - queues.low);
    return claimIntoQueues(state, db, { workerId, now: new Date(now), leaseMs, limit: room, perChat: perChatClaim, channels, lowLimit });
  }

  function start(key: string, held: HeldMessage, answered: (at: number) => void): void {
    inFlightIds.set(key, held.id);
    const task = sendHeld(senders.get(held.channel)!, held, options.resolveDocument, findCard, sendTimeoutMs).then((result) => {
      const at = nowMs();
      answered(at);
      inFlight.delete(key);
      inFlightIds.delete(key);
      settleSend(state, pacers, policy, held, result, at);
      options.onSent?.(held, result, at);
    });
    inFlight.set(key, task);
  }
  const dispatchRules = { pacers, pace, leaseMs, maxInFlight, start };

  async function flush(): Promise<void> {
    const batch = state.outcomes;
    state.outcomes = [];
    try {
      await recordOutcomes(db, batch, clock.now());
    } catch (error) {
      state.outcomes = [...batch, ...state.outcomes];
      throw error;
    }
    lastFlush = nowMs();
    for (const dead of state.deadLetters.splice(0)) options.onDead?.(dead);
  }

  /**
   * The database work due now (pace check, write-back, claim, lease renewal),
   * as one task, or null. It runs beside the sends: a slow claim or write
   * never holds back a send that pacing allows.
   */
  function dueWork(now: number, idle: { nothingToClaim: boolean; woken: boolean }): (() => Promise<void>) | null {
    const tasks: Array<() => Promise<void>> = [];
    if (!stopping && now >= pace.nextCheck()) {
      tasks.push(async () => {
        await pace.refresh(deliverable(), nowMs());
        idle.nothingToClaim = false;
      });
    }
    const empty = queues.size === 0 && inFlight.size === 0;
    const { outcomes } = state;
    if (outcomes.length > 0 && (outcomes.length >= FLUSH_BATCH || now - lastFlush >= flushMs || empty)) {
      tasks.push(async () => {
        await flush();
        idle.nothingToClaim = false;
      });
    }
    const held = queues.size + inFlight.size;
    const refill = held <= batchSize / 2;
    // Past half full, a wake claims at most once a gap: under a backlog every
    // new row wakes the worker, and each claim walks the rows its own held
    // rows block (a millisecond or more once thousands are queued).
    const woken = idle.woken && (refill || now - lastClaim >= wakeClaimGapMs);
    if (!stopping && (refill || woken) && (!idle.nothingToClaim || woken)) {
      idle.woken = false;
      lastClaim = now;
      tasks.push(async () => {
        idle.nothingToClaim = (await claim()) === 0;
      });
    }
    if (held > 0 && now - lastRenew >= leaseMs / 3) {
      lastRenew = now;
      tasks.push(() => renewHeld(state, db, workerId, now + leaseMs));
    }
    if (tasks.length === 0) return null;
    return async () => {
      for (const task of tasks) await task();
    };
  }

  async function cycle(): Promise<DrainStats> {
    state.stats = emptyStats();
    const idle = { nothingToClaim: false, woken: false };
    let io: Promise<void> | null = null;
    const failure: { error?: unknown; failed: boolean } = { failed: false };
    for (;;) {
      // Sends still in flight settle meanwhile; their results are written back by the next cycle.
      if (failure.failed) throw failure.error;
      const now = nowMs();
      // A wake (new rows, a stop) is taken every time round, so waiting on the signal never spins; the claim sees it when it runs.
      if (signal.consume()) idle.woken = true;
      if (!io) {
        const work = dueWork(now, idle);
        if (work) {
          io = work().then(
            () => undefined,
            (error: unknown) => {
              failure.failed = true;
              failure.error = error;
            },
          );
          void io.finally(() => (io = null));
        }
      }
      if (now - lastPrune >= 10_000) {
        for (const pacer of pacers.values()) pacer.prune(now);
        lastPrune = now;
      }
      const wait = stopping ? Infinity : dispatchSends(state, dispatchRules, nowMs());
      if (queues.size === 0 && inFlight.size === 0 && !io) {
        if (state.outcomes.length > 0) continue;
        if (idle.nothingToClaim || stopping) return state.stats;
        continue;
      }
      if (stopping && (inFlight.size === 0 || abandoned) && !io) break;
      const waiters: Promise<unknown>[] = [signal.wait()];
      if (inFlight.size > 0) waiters.push(Promise.race(inFlight.values()));
      if (io) waiters.push(io);
      const flushDue = state.outcomes.length > 0 ? flushMs - (nowMs() - lastFlush) : Infinity;
      const renewDue = queues.size + inFlight.size > 0 ? leaseMs / 3 - (nowMs() - lastRenew) : Infinity;
      const claimDue = idle.woken && !stopping ? wakeClaimGapMs - (nowMs() - lastClaim) : Infinity;
      // While the database work runs, only a send pacing allows ends the wait early (time passes only for sends).
      const due = io ? wait : Math.min(wait, flushDue, renewDue, claimDue, leaseMs / 3, pace.nextCheck() - nowMs());
      await waitFor(sleep, Math.max(0, due), waiters);
    }
    for (const held of queues.all()) {
      queues.dropChat(chatKey(held));
      state.outcomes.push({ kind: 'release', id: held.id });
    }
    await flush();
    return state.stats;
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
    pace,
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
      // Another instance takes the pace at its next check instead of waiting for this session to end.
      await pace.releaseAll().catch((error: unknown) => options.onError?.(error));
    },
    wake: () => signal.fire(),
    drainOnce,
  };
}
