import type { Prisma, SqliteConnection, Tx } from '../../store/database';

export interface GroupCommitOptions {
  /** Most units in one transaction. */
  maxBatch: number;
  /** Batches in flight at once (SQLite: 1, it has one writer). */
  writers: number;
  /** Prisma's interactive-transaction timeout for a whole batch, ms. */
  timeoutMs: number;
  /**
   * SQLite: the connection, for a savepoint per unit (a unit that throws rolls
   * back alone). Without it (PostgreSQL, where a failed statement spoils the
   * whole transaction and a savepoint costs a round trip) a batch is
   * optimistic: the first unit that throws rolls the batch back, and each of
   * its units then runs again in a transaction of its own.
   */
  savepoints: SqliteConnection | null;
  /** Runs first in every transaction with the keys of its units (e.g. takes their locks). */
  begin?: (tx: Tx, keys: readonly string[]) => Promise<void>;
}

interface Unit {
  key: string;
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Thrown inside an optimistic batch to roll it back after a unit failed. */
class BatchAborted extends Error {}

/**
 * Group commit: units of work (conversation turns) queue here and run one
 * after another inside a shared transaction, so a busy chat service pays for
 * BEGIN and COMMIT (and, on PostgreSQL, for taking the chats' locks) once per
 * batch instead of once per message. Each unit's promise settles only after
 * its batch committed: a result is never reported before it is durable. A
 * failed commit rejects the whole batch.
 */
export function createGroupCommit(prisma: Prisma, options: GroupCommitOptions) {
  const { savepoints } = options;
  const queue: Unit[] = [];
  let writers = 0;

  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) =>
    prisma.$transaction((tx) => work(tx as Tx), { timeout: options.timeoutMs, maxWait: options.timeoutMs });

  async function runWithSavepoints(batch: Unit[], connection: SqliteConnection): Promise<Outcome[]> {
    return inTransaction(async (tx) => {
      await options.begin?.(tx, batch.map((u) => u.key));
      const outcomes: Outcome[] = [];
      for (const unit of batch) {
        connection.exec('SAVEPOINT unit');
        try {
          outcomes.push({ ok: true, value: await unit.work(tx) });
          connection.exec('RELEASE unit');
        } catch (error) {
          connection.exec('ROLLBACK TO unit');
          connection.exec('RELEASE unit');
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    });
  }

  async function runAlone(unit: Unit): Promise<Outcome> {
    try {
      return { ok: true, value: await inTransaction(async (tx) => (await options.begin?.(tx, [unit.key]), unit.work(tx))) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  async function runOptimistic(batch: Unit[]): Promise<Outcome[]> {
    if (batch.length === 1) return [await runAlone(batch[0]!)];
    try {
      return await inTransaction(async (tx) => {
        await options.begin?.(tx, batch.map((u) => u.key));
        const outcomes: Outcome[] = [];
        for (const unit of batch) {
          try {
            outcomes.push({ ok: true, value: await unit.work(tx) });
          } catch {
            throw new BatchAborted();
          }
        }
        return outcomes;
      });
    } catch {
      // A unit failed (or the commit did, e.g. a deadlock): nothing of the batch stands; each runs alone.
      const outcomes: Outcome[] = [];
      for (const unit of batch) outcomes.push(await runAlone(unit));
      return outcomes;
    }
  }

  /**
   * Everything in a batch is database calls under promises: without a
   * macrotask between batches the event loop would not read the requests
   * waiting on the sockets (SQLite answers synchronously), and every batch
   * would hold one unit.
   */
  const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function write(): Promise<void> {
    writers += 1;
    try {
      for (;;) {
        await nextTick();
        if (queue.length === 0) break;
        const batch = queue.splice(0, options.maxBatch);
        try {
          const outcomes = savepoints ? await runWithSavepoints(batch, savepoints) : await runOptimistic(batch);
          batch.forEach((unit, i) => {
            const outcome = outcomes[i]!;
            if (outcome.ok) unit.resolve(outcome.value);
            else unit.reject(outcome.error);
          });
        } catch (error) {
          for (const unit of batch) unit.reject(error);
        }
      }
    } finally {
      writers -= 1;
    }
  }

  return {
    /**
     * Runs `work` in a coming batch; settles after that batch committed. The
     * caller keeps units of one `key` apart (one at a time), so a batch holds
     * each key at most once.
     */
    run<T>(key: string, work: (tx: Tx) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ key, work, resolve: resolve as (value: unknown) => void, reject });
        if (writers < options.writers) void write();
      });
    },
    /** Units waiting for a batch. */
    get waiting(): number {
      return queue.length;
    },
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
