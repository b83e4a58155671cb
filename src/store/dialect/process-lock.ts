/** Decides which process holds something only one may hold at a time (the WhatsApp socket). */
export interface ProcessLock {
  /** Takes the lock if it is free; true while this process holds it. */
  tryAcquire(): Promise<boolean>;
  /** Whether the lock is still ours (the connection that holds it is alive). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
  /** Called when the lock is lost without `release` (its connection died). */
  onLost(listener: () => void): void;
}

/** SQLite: one process owns the database file, so it always holds the lock. */
export function singleProcessLock(): ProcessLock {
  let held = false;
  return {
    tryAcquire: async () => (held = true),
    stillHeld: async () => held,
    release: async () => {
      held = false;
    },
    onLost: () => undefined,
  };
}
