import type { Tx } from '../../store/database';

/**
 * Runs `fn` inside a savepoint of the caller's transaction (the dialect's):
 * when it throws, everything it wrote is undone before the error goes up, so
 * a caller that catches the error (a flow answering "refused") commits
 * nothing half-done.
 */
export function withSavepoint<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  return tx.$dialect.withSavepoint(tx, fn);
}
