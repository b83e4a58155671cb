import type { Clock } from '../../clock';

export interface InboundLimits {
  /** Messages one sender may send in a minute; the rest of that minute is dropped (no turn, no reply). */
  perMinute: number;
}

export type Admission = { admitted: true } | { admitted: false; /** The first message dropped in this sender's minute (log it). */ first: boolean };

interface Window {
  start: number;
  count: number;
}

const MINUTE_MS = 60_000;

/**
 * Per-sender inbound limits of the WhatsApp channel, kept in memory: each
 * sender (the address WhatsApp gives, phone-number JID or LID) gets
 * `perMinute` messages a fixed minute; beyond that its messages are dropped
 * before any work is done for them. Windows of quiet senders are forgotten.
 */
export function createInboundLimiter(clock: Clock, limits: InboundLimits) {
  const windows = new Map<string, Window>();
  let lastPrune = 0;

  function prune(now: number): void {
    if (now - lastPrune < MINUTE_MS) return;
    lastPrune = now;
    for (const [sender, window] of windows) if (now - window.start >= MINUTE_MS) windows.delete(sender);
  }

  return {
    admit(sender: string): Admission {
      const now = clock.now().getTime();
      prune(now);
      let window = windows.get(sender);
      if (!window || now - window.start >= MINUTE_MS) {
        window = { start: now, count: 0 };
        windows.set(sender, window);
      }
      window.count += 1;
      if (window.count <= limits.perMinute) return { admitted: true };
      return { admitted: false, first: window.count === limits.perMinute + 1 };
    },
    /** Senders with a live window (memory use). */
    get size(): number {
      return windows.size;
    },
  };
}

export type InboundLimiter = ReturnType<typeof createInboundLimiter>;
