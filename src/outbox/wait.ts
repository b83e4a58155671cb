/** Waits on real timers; ends early when `signal` aborts. Timers do not keep the process alive. */
export function realSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Why a sleep is cut short: one value for all (aborting without a reason builds a DOMException, with its stack, every time). */
const SLEEP_NOT_NEEDED = Symbol('sleep not needed');

/** Waits for the first of `waiters` or `ms` of sleep, and cancels the sleep. */
export async function waitFor(sleep: (ms: number, signal: AbortSignal) => Promise<void>, ms: number, waiters: Promise<unknown>[]) {
  const abort = new AbortController();
  try {
    await Promise.race(Number.isFinite(ms) ? [...waiters, sleep(Math.max(1, Math.ceil(ms)), abort.signal)] : waiters);
  } finally {
    abort.abort(SLEEP_NOT_NEEDED);
  }
}

/** `promise`, or `fallback` when it has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
