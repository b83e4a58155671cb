import pg from 'pg';
import type { ProcessLock } from './process-lock';

/**
 * PostgreSQL: a session-level advisory lock on a connection of its own (not
 * Prisma's pool), so the lock lives exactly as long as that connection. When
 * the holding process dies its connection closes and the lock frees; a
 * standby process then takes it on its next try.
 */
export function postgresProcessLock(url: string, key: number): ProcessLock {
  let client: pg.Client | null = null;
  let held = false;
  const lostListeners: Array<() => void> = [];

  function drop(target: pg.Client): void {
    if (client !== target) return;
    client = null;
    const wasHeld = held;
    held = false;
    void target.end().catch(() => undefined);
    if (wasHeld) for (const listener of lostListeners) listener();
  }

  async function connected(): Promise<pg.Client> {
    if (client) return client;
    const fresh = new pg.Client({ connectionString: url, keepAlive: true, application_name: 'sapa-whatsapp-lock' });
    fresh.on('error', () => drop(fresh));
    fresh.on('end', () => drop(fresh));
    client = fresh;
    try {
      await fresh.connect();
    } catch (error) {
      drop(fresh);
      throw error;
    }
    return fresh;
  }

  return {
    async tryAcquire() {
      if (held) return true;
      const c = await connected();
      const { rows } = await c.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key]);
      held = rows[0]?.locked === true;
      return held;
    },
    async stillHeld() {
      const c = client;
      if (!c || !held) return false;
      try {
        await c.query('SELECT 1');
        return held;
      } catch {
        drop(c);
        return false;
      }
    },
    async release() {
      const c = client;
      if (!c) return;
      client = null;
      held = false;
      // Closing the session frees its advisory locks.
      await c.end().catch(() => undefined);
    },
    onLost(listener) {
      lostListeners.push(listener);
    },
  };
}
