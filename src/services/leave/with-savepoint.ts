import { randomBytes } from 'node:crypto';
import type { Tx } from '../../store/database';

/**
 * Runs `fn` inside a savepoint of the caller's transaction: when it throws,
 * everything it wrote is undone before the error goes up, so a caller that
 * catches the error (a flow answering "refused") commits nothing half-done.
 * SAVEPOINT works the same on SQLite and PostgreSQL.
 */
export async function withSavepoint<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const name = `sp_${randomBytes(6).toString('hex')}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}
