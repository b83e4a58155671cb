import type { ChannelName } from '../chat/channel-name';

/** A lock only one process of the deployment holds at a time (PostgreSQL: a session advisory lock). */
export interface PaceLock {
  /** Takes the lock if it is free; true while this process holds it. */
  tryAcquire(): Promise<boolean>;
  /** Whether the lock is still ours. */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Which channels this process sends through for the whole deployment. A
 * channel's pace (Telegram: 30 messages/s per bot; WhatsApp: per number) is
 * one budget, so one process at a time holds a channel's lease and sends its
 * messages; the others claim none of them. A holder that dies frees its
 * lease (its database session ends) and another process takes it at its next
 * check, a few seconds later.
 */
export interface PaceLeases {
  /** False for a single process (SQLite), which holds every pace itself. */
  readonly shared: boolean;
  /** True when this process may send through `channel` now. */
  holds(channel: ChannelName, now: number): boolean;
  /** Checks held leases and tries to take free ones for `wanted` channels (those this process can deliver through); due every checkMs. */
  refresh(wanted: readonly ChannelName[], now: number): Promise<void>;
  /** When the next refresh is due. */
  nextCheck(): number;
  /** The leased channels this process holds now (metrics, /ready). */
  held(): ChannelName[];
  /** Gives every lease back (a stop), so another process takes over at once. */
  releaseAll(): Promise<void>;
}

export interface PaceLeaseOptions {
  /** The channels whose pace is shared; any other channel (the local web chat) is always held. */
  channels: readonly ChannelName[];
  /** The lock of one channel's pace. */
  lockFor(channel: ChannelName): PaceLock;
  /** How often leases are checked and free ones tried. Default 3 s. */
  checkMs?: number;
  /**
   * A process that takes a lease over (it found it held at an earlier try)
   * sends nothing for this long: the channel still counts the last holder's
   * final sends in its window (Telegram: one second). A lease free at the
   * first try (the deployment starting) is used at once. Default 1.1 s.
   */
  warmupMs?: number;
  onChange?(channel: ChannelName, held: boolean): void;
  onError?(error: unknown): void;
}

/** One process (SQLite): it holds every channel's pace. */
export function inProcessPace(): PaceLeases {
  return { shared: false, holds: () => true, refresh: async () => undefined, nextCheck: () => Infinity, held: () => [], releaseAll: async () => undefined };
}

/** Pace shared by the instances of a deployment through one lock per channel. */
export function sharedPace(options: PaceLeaseOptions): PaceLeases {
  const checkMs = options.checkMs ?? 3_000;
  const warmupMs = options.warmupMs ?? 1_100;
  const locks = new Map<ChannelName, PaceLock>();
  /** Channel -> since when this process holds it. */
  const since = new Map<ChannelName, number>();
  /** Channels tried at least once: a later acquisition is a takeover. */
  const tried = new Set<ChannelName>();
  let next = 0;

  const lockOf = (channel: ChannelName) => {
    let lock = locks.get(channel);
    if (!lock) locks.set(channel, (lock = options.lockFor(channel)));
    return lock;
  };
  const lose = async (channel: ChannelName, release: boolean) => {
    since.delete(channel);
    if (release) await lockOf(channel).release();
    options.onChange?.(channel, false);
  };

  const leased = new Set(options.channels);
  return {
    shared: true,
    holds: (channel, now) => {
      if (!leased.has(channel)) return true;
      const at = since.get(channel);
      return at !== undefined && now - at >= warmupMs;
    },
    async refresh(wanted, now) {
      if (now < next) return;
      next = now + checkMs;
      for (const channel of [...since.keys()]) {
        try {
          if (!wanted.includes(channel)) await lose(channel, true);
          else if (!(await lockOf(channel).stillHeld())) await lose(channel, false);
        } catch (error) {
          options.onError?.(error);
        }
      }
      for (const channel of wanted) {
        if (since.has(channel) || !leased.has(channel)) continue;
        try {
          if (await lockOf(channel).tryAcquire()) {
            since.set(channel, tried.has(channel) ? now : now - warmupMs);
            options.onChange?.(channel, true);
          }
          tried.add(channel);
        } catch (error) {
          options.onError?.(error);
        }
      }
    },
    nextCheck: () => next,
    held: () => [...since.keys()],
    async releaseAll() {
      for (const channel of [...since.keys()]) await lose(channel, true);
    },
  };
}

/** The advisory lock key of a channel's pace: FNV-1a of `sapa.pace.<CHANNEL>` (32 bits, never the WhatsApp socket's key). */
export function paceLockKey(channel: ChannelName): number {
  let hash = 0x811c9dc5;
  for (const char of `sapa.pace.${channel}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
