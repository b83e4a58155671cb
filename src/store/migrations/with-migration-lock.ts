import pg from 'pg';
import { providerOf } from '../database';

/** The key of the session advisory lock that instances starting together take around migrating. */
export const MIGRATION_LOCK_KEY = 'sapa.migrations';

/**
 * Runs `work` while holding the deployment's migration lock: on PostgreSQL a
 * session advisory lock on its own connection, so of N instances starting
 * together one migrates and the others wait, then find nothing left to apply.
 * SQLite has one instance and no lock.
 */
export async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  if (providerOf(url) !== 'postgresql') return work();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
