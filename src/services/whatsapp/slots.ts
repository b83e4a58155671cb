/** Too many tasks are already waiting for a slot: the new one was not queued. */
export class SlotsFullError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} tasks already waiting`);
    this.name = 'SlotsFullError';
  }
}

export interface Slots {
  /**
   * Runs `task` once fewer than `size` tasks run, in arrival order. Rejects
   * with SlotsFullError at once when `maxWaiting` tasks already wait.
   */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

/** A counting semaphore with a bounded FIFO of waiters. */
export function createSlots(size: number, maxWaiting = Infinity): Slots {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`slots: size must be a positive integer, got ${size}`);
  let running = 0;
  const queue: Array<() => void> = [];

  function release(): void {
    const next = queue.shift();
    if (next) next();
    else running -= 1;
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < size) running += 1;
      else if (queue.length >= maxWaiting) throw new SlotsFullError(queue.length);
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
