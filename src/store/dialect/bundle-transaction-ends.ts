import type pg from 'pg';

/** What node-pg's `query` is called with, as far as this file looks at it. */
interface QueryConfig {
  text?: string;
  values?: unknown[];
  name?: string;
}

type Send = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/** node-pg's answer to a statement that was not sent (BEGIN held back, or a transaction's end already sent or never begun). */
const NOT_SENT = { command: '', rowCount: 0, oid: 0, rows: [], fields: [] };

/** BEGIN, COMMIT or ROLLBACK as a statement's whole text, upper case; undefined for anything longer. */
function keywordOf(config: unknown): string | undefined {
  const text = typeof config === 'string' ? config : (config as QueryConfig | null)?.text;
  return text !== undefined && text.length <= 12 ? text.trim().toUpperCase() : undefined;
}

/**
 * The text of a statement that can share a message with others: a plain
 * query object (a submittable, a cursor or a stream, keeps its own
 * prototype) without parameters, not named (a named statement is prepared).
 */
function withoutParameters(config: unknown, values: unknown, callback: unknown): string | undefined {
  if (values !== undefined || callback !== undefined || typeof config !== 'object' || config === null || Object.getPrototypeOf(config) !== Object.prototype) return undefined;
  const { text, values: parameters, name } = config as QueryConfig;
  return name === undefined && (parameters === undefined || parameters.length === 0) ? text : undefined;
}

/** Several statements in one message answer with one result each; the caller asked for the last. */
const lastResult = (results: unknown) => (Array.isArray(results) ? results[results.length - 1] : results);

/** A text whose last statement is the transaction's COMMIT (see commitWith). */
const ENDS_WITH_COMMIT = /;\s*COMMIT\s*$/i;

/**
 * `statement` and the transaction's COMMIT as one text, for a transaction's
 * last statement, which must have no parameters (values as literals). After
 * it succeeds, the COMMIT Prisma sends is answered without a round trip;
 * when it fails, PostgreSQL skips the COMMIT and the transaction rolls back
 * as it would have.
 */
export function commitWith(statement: string): string {
  return `${statement};\nCOMMIT`;
}

/**
 * A transaction costs two round trips fewer where node-pg can: its BEGIN goes
 * out with its first statement, and its COMMIT with its last (commitWith).
 * The simple query protocol takes several statements in one message when
 * they have no parameters. Prisma's adapter sends BEGIN on its own as it
 * opens a transaction, and COMMIT on its own at the end; a turn batch's first
 * statement (the chats' locks and the turns' read) and last (the turns'
 * writes) carry their values as literals, and the outbox claim's first takes
 * its lock, so each of those transactions saves one or two round trips.
 *
 * - A first statement with parameters gets its BEGIN sent just before it,
 *   as without this; a transaction that ends before any statement sends
 *   neither BEGIN nor its COMMIT or ROLLBACK.
 * - A statement after a COMMIT sent with commitWith is refused (it would run
 *   outside the transaction); the transaction's own COMMIT or ROLLBACK then
 *   sends nothing.
 *
 * Installed on each of the pool's connections as it opens; a connection
 * handed out again starts with nothing held back.
 */
export function bundleTransactionEnds(pool: pg.Pool): void {
  const fresh = new WeakMap<pg.PoolClient, () => void>();
  pool.on('connect', (client) => fresh.set(client, wrapQuery(client)));
  pool.on('acquire', (client) => fresh.get(client)?.());
}

/** Wraps the connection's `query`; returns what forgets a BEGIN held back or a COMMIT already sent. */
function wrapQuery(client: pg.PoolClient): () => void {
  const send = client.query.bind(client) as Send;
  let held = false;
  let committed = false;

  /** Sends `config`; a text without parameters may hold several statements, and its COMMIT is noted. */
  const sendStatement = (config: unknown, values: unknown, callback: unknown, begin: boolean): unknown => {
    const text = withoutParameters(config, values, callback);
    if (text === undefined) return begin ? (send('BEGIN') as Promise<unknown>).then(() => send(config, values, callback)) : send(config, values, callback);
    const sent = send({ ...(config as object), text: begin ? `BEGIN; ${text}` : text }) as Promise<unknown>;
    return sent.then((results) => {
      if (ENDS_WITH_COMMIT.test(text)) committed = true;
      return lastResult(results);
    });
  };

  const query: Send = (config, values, callback) => {
    const keyword = keywordOf(config);
    if (committed) {
      if (keyword === 'COMMIT' || keyword === 'ROLLBACK') {
        committed = false;
        return Promise.resolve(NOT_SENT);
      }
      return Promise.reject(new Error('a statement after the transaction was committed'));
    }
    if (!held) {
      if (keyword !== 'BEGIN' || values !== undefined || callback !== undefined) return sendStatement(config, values, callback, false);
      held = true;
      return Promise.resolve(NOT_SENT);
    }
    held = false;
    if (keyword === 'COMMIT' || keyword === 'ROLLBACK') return Promise.resolve(NOT_SENT);
    return sendStatement(config, values, callback, true);
  };
  client.query = query as pg.PoolClient['query'];
  return () => {
    held = false;
    committed = false;
  };
}
