import type { Prisma, SqliteConnection, Tx } from '../../store/database';

export interface GroupCommitOptions {
  /** Most turns in one transaction. */
  maxBatch: number;
  /** Prisma's interactive-transaction timeout for a whole batch, ms. */
  timeoutMs: number;
}

interface Queued {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
}

/**
 * A single writer for SQLite, which has one writer anyway: units of work queue
 * here and run one after another inside one shared transaction, each in its
 * own savepoint. The transaction commits when the queue is drained or the
 * batch is full, and only then does each unit's promise settle: a result is
 * never reported before it is durable. A unit that throws rolls back to its
 * savepoint and rejects alone; a failed commit rejects the whole batch.
 */
export function createGroupCommit(prisma: Prisma, sqlite: SqliteConnection, options: GroupCommitOptions) {
  const queue: Queued[] = [];
  let draining = false;

  async function runBatch(batch: Queued[]): Promise<void> {
    await prisma.$transaction(
      async (tx) => {
        for (const unit of batch) {
          sqlite.exec('SAVEPOINT unit');
          try {
            unit.outcome = { ok: true, value: await unit.work(tx as Tx) };
            sqlite.exec('RELEASE unit');
          } catch (error) {
            sqlite.exec('ROLLBACK TO unit');
            sqlite.exec('RELEASE unit');
            unit.outcome = { ok: false, error };
          }
        }
      },
      { timeout: options.timeoutMs, maxWait: options.timeoutMs },
    );
  }

  /**
   * Everything in a batch is synchronous SQLite under promises: without a
   * macrotask between batches the event loop would never read the requests
   * waiting on the sockets, and every batch would hold one unit.
   */
  const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain(): Promise<void> {
    draining = true;
    try {
      for (;;) {
        await nextTick();
        if (queue.length === 0) break;
        const batch = queue.splice(0, options.maxBatch);
        try {
          await runBatch(batch);
          for (const unit of batch) {
            if (unit.outcome?.ok) unit.resolve(unit.outcome.value);
            else unit.reject(unit.outcome?.error);
          }
        } catch (error) {
          for (const unit of batch) unit.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    /** Runs `work` in the next batch; settles after that batch committed. */
    run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      });
    },
    /** Units waiting for a batch. */
    get waiting(): number {
      return queue.length;
    },
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
