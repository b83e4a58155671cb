import type pg from 'pg';

/** What node-pg's `query` is called with, as far as this file looks at it. */
interface QueryConfig {
  text?: string;
  values?: unknown[];
  name?: string;
}

type Send = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** node-pg's answer to a statement that was not sent (BEGIN held back, or an empty transaction's end). */
const NOT_SENT = { command: '', rowCount: 0, oid: 0, rows: [], fields: [] };

/** BEGIN, COMMIT or ROLLBACK as a statement's whole text, upper case; undefined for anything longer. */
function keywordOf(config: unknown): string | undefined {
  const text = typeof config === 'string' ? config : (config as QueryConfig | null)?.text;
  return text !== undefined && text.length <= 12 ? text.trim().toUpperCase() : undefined;
}

/**
 * The text of a statement that can go out behind BEGIN in one message: a
 * plain query object (a submittable, a cursor or a stream, keeps its own
 * prototype) without parameters, not named (a named statement is prepared).
 */
function withoutParameters(config: unknown, values: unknown, callback: unknown): string | undefined {
  if (values !== undefined || callback !== undefined || typeof config !== 'object' || config === null || Object.getPrototypeOf(config) !== Object.prototype) return undefined;
  const { text, values: parameters, name } = config as QueryConfig;
  return name === undefined && (parameters === undefined || parameters.length === 0) ? text : undefined;
}

/**
 * Sends a transaction's BEGIN together with its first statement, one round
 * trip instead of two, where node-pg can: when that statement has no
 * parameters (the simple query protocol takes several statements in one
 * message). Prisma's adapter sends BEGIN on its own as it opens a
 * transaction; a turn batch's first statement (the chats' locks) and the
 * outbox claim's (its lock) have no parameters, so each of those
 * transactions saves a round trip. A first statement with parameters gets
 * its BEGIN sent just before it, as without this; a transaction that ends
 * before any statement sends neither BEGIN nor its COMMIT or ROLLBACK.
 *
 * Installed on each of the pool's connections as it opens; a connection
 * handed out again starts with nothing held back.
 */
export function deferBegin(pool: pg.Pool): void {
  const fresh = new WeakMap<pg.PoolClient, () => void>();
  pool.on('connect', (client) => fresh.set(client, holdBegin(client)));
  pool.on('acquire', (client) => fresh.get(client)?.());
}

/** Wraps the connection's `query`; returns what forgets a BEGIN held back. */
function holdBegin(client: pg.PoolClient): () => void {
  const send = client.query.bind(client) as Send;
  let held = false;

  const query: Send = (config, values, callback) => {
    const text = keywordOf(config);
    if (!held) {
      if (text !== 'BEGIN' || values !== undefined || callback !== undefined) return send(config, values, callback);
      held = true;
      return Promise.resolve(NOT_SENT);
    }
    held = false;
    if (text === 'COMMIT' || text === 'ROLLBACK') return Promise.resolve(NOT_SENT);
    const first = withoutParameters(config, values, callback);
    if (first !== undefined) {
      // Several statements answer with one result each; the caller asked for the last.
      return (send({ ...(config as object), text: `BEGIN; ${first}` }) as Promise<unknown>).then((results) => (Array.isArray(results) ? results[results.length - 1] : results));
    }
    return (send('BEGIN') as Promise<unknown>).then(() => send(config, values, callback));
  };
  client.query = query as pg.PoolClient['query'];
  return () => {
    held = false;
  };
}
