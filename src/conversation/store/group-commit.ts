import type { Prisma, Tx } from '../../store/database';
import type { UnitSavepoint } from '../../store/dialect/dialect';

export interface GroupCommitOptions<I, B> {
  /** Most units in one transaction. */
  maxBatch: number;
  /** Batches in flight at once (SQLite: 1, it has one writer). */
  writers: number;
  /** Prisma's interactive-transaction timeout for a whole batch, ms. */
  timeoutMs: number;
  /**
   * A savepoint per unit (the dialect's, SQLite): a unit that throws rolls
   * back alone. Without it (PostgreSQL, where a failed statement spoils the
   * whole transaction and a savepoint costs a round trip) a batch is
   * optimistic: the first unit that throws rolls the batch back, and each of
   * its units then runs again in a transaction of its own.
   */
  savepoints: UnitSavepoint | null;
  /** Runs first in every transaction with the inputs of its units (e.g. takes their locks, reads what they start from). */
  begin: (tx: Tx, inputs: readonly I[]) => Promise<B>;
  /** Runs last in every transaction, before COMMIT (e.g. writes what the units left to write together). */
  end: (tx: Tx, batch: B) => Promise<void>;
}

interface Unit<I, B> {
  input: I;
  work: (tx: Tx, batch: B) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: units of work (conversation turns) queue here and run one
 * after another inside a shared transaction, so a busy chat service pays for
 * BEGIN and COMMIT, and for whatever `begin` and `end` do (on PostgreSQL:
 * take the chats' locks, read and write the turns' own rows), once per batch
 * instead of once per message. Each unit's promise settles only after its
 * batch committed: a result is never reported before it is durable. A failed
 * commit rejects the whole batch.
 */
export function createGroupCommit<I, B>(prisma: Prisma, options: GroupCommitOptions<I, B>) {
  const { savepoints } = options;
  type Queued = Unit<I, B>;
  const queue: Queued[] = [];
  let writers = 0;

  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) =>
    prisma.$transaction((tx) => work(tx as Tx), { timeout: options.timeoutMs, maxWait: options.timeoutMs });

  /** One transaction: `begin`, every unit through `each`, `end`. */
  function inOneTransaction(batch: Queued[], each: (unit: Queued, tx: Tx, state: B) => Promise<Outcome>): Promise<Outcome[]> {
    return inTransaction(async (tx) => {
      const state = await options.begin(tx, batch.map((u) => u.input));
      const outcomes: Outcome[] = [];
      for (const unit of batch) outcomes.push(await each(unit, tx, state));
      await options.end(tx, state);
      return outcomes;
    });
  }

  /** A unit that throws rolls back to its savepoint, and the batch goes on. */
  const inSavepoint =
    (savepoint: UnitSavepoint) =>
    async (unit: Queued, tx: Tx, state: B): Promise<Outcome> => {
      savepoint.open();
      try {
        const value = await unit.work(tx, state);
        savepoint.release();
        return { ok: true, value };
      } catch (error) {
        savepoint.rollBack();
        savepoint.release();
        return { ok: false, error };
      }
    };

  /** A unit that throws rolls the whole transaction back. */
  const allOrNothing = async (unit: Queued, tx: Tx, state: B): Promise<Outcome> => ({ ok: true, value: await unit.work(tx, state) });

  /**
   * PostgreSQL: if anything fails (a unit, or the commit, e.g. a deadlock),
   * nothing of the batch stands, and each of its units runs again alone.
   */
  async function runOptimistic(batch: Queued[]): Promise<Outcome[]> {
    try {
      return await inOneTransaction(batch, allOrNothing);
    } catch (error) {
      if (batch.length === 1) return [{ ok: false, error }];
      const outcomes: Outcome[] = [];
      for (const unit of batch) outcomes.push(...(await runOptimistic([unit])));
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
          const outcomes = savepoints ? await inOneTransaction(batch, inSavepoint(savepoints)) : await runOptimistic(batch);
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
     * Runs `work` in a coming batch (with what `begin` made of the batch's
     * inputs); settles after that batch committed.
     */
    run<T>(input: I, work: (tx: Tx, batch: B) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ input, work, resolve: resolve as (value: unknown) => void, reject });
        if (writers < options.writers) void write();
      });
    },
    /** Units waiting for a batch. */
    get waiting(): number {
      return queue.length;
    },
  };
}
