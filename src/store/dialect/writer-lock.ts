/**
 * A first-come, first-served lock for SQLite's one writer. `acquire`
 * resolves with the function that releases it (a second call does
 * nothing); `free` says nobody holds it and nobody waits, so work that runs
 * synchronously may go ahead without taking it.
 */
export interface WriterLock {
  readonly free: boolean;
  acquire(): Promise<() => void>;
}

export function writerLock(): WriterLock {
  let held = false;
  const waiting: Array<() => void> = [];

  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next) next();
      else held = false;
    };
  };

  return {
    get free() {
      return !held;
    },
    acquire() {
      if (!held) {
        held = true;
        return Promise.resolve(releaser());
      }
      return new Promise((resolve) => waiting.push(() => resolve(releaser())));
    },
  };
}

/** Synchronous `work` alone on the connection: at once when nobody holds `lock`, else after those before it. */
export async function alone<T>(lock: WriterLock, work: () => T): Promise<T> {
  if (lock.free) return work();
  const release = await lock.acquire();
  try {
    return work();
  } finally {
    release();
  }
}
