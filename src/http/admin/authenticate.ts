import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../clock';
import { AppError } from '../../domain/app-error';
import type { AdminActor } from '../../services/admin/admin-actor';
import { hasScope, type RequiredScope } from '../../services/admin/admin-scopes';
import { authenticateAdminToken } from '../../services/admin/authenticate-admin-token';
import { createKnownTokenHashes, type KnownTokenHashes } from '../../services/admin/known-token-hashes';
import { recordAdminRequest } from '../../services/admin/record-admin-request';
import type { Database } from '../../store/database';
import { createFailedAuthLimiter, defaultFailedAuthLimit, type FailedAuthLimit, type FailedAuthLimiter } from './failed-auth-limiter';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `createAuthenticate` on admin routes: the HR staff member calling. */
    adminActor?: AdminActor;
  }
}

export type Authenticate = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface AuthenticateDeps {
  db: Database;
  clock: Clock;
  /** Failed authentications allowed per address. */
  failedAuthLimit?: FailedAuthLimit;
  /** How long a refusal (401, or 429 for an address turned away) is held before it is sent; default 1 s. */
  refusalDelayMs?: number;
  /** How old the in-memory list of token hashes may be before a miss reloads it; default 1 s. */
  tokenListMaxAgeMs?: number;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;
/**
 * A refusal is answered after this delay: a client that waits for its answers
 * (a browser, a script, most scanners) then makes at most a few wrong guesses
 * a second per connection, and the event loop is left to the chat turns.
 */
export const REFUSAL_DELAY_MS = 1000;
/** A token's last use is written at most this often (the audit row of every call is written each time). */
export const LAST_USED_INTERVAL_MS = 60_000;

interface GuardState {
  failures: FailedAuthLimiter;
  known: KnownTokenHashes;
  /** Token id -> when its lastUsedAt was last written (ms). */
  lastUsedWritten: Map<number, number>;
}

/**
 * One failure budget, token list and last-use memo per database, shared by
 * every admin surface (the admin API, the jobs and the WhatsApp pairing
 * endpoints), so spreading attempts over them gains nothing. The first guard
 * created for a database sets the options.
 */
const states = new WeakMap<Database, GuardState>();

function stateOf(deps: AuthenticateDeps): GuardState {
  let state = states.get(deps.db);
  if (!state) {
    state = {
      failures: createFailedAuthLimiter(deps.failedAuthLimit ?? defaultFailedAuthLimit),
      known: createKnownTokenHashes(deps.db.prisma, { maxAgeMs: deps.tokenListMaxAgeMs ?? 1000 }),
      lastUsedWritten: new Map(),
    };
    states.set(deps.db, state);
  }
  return state;
}

/** Half to one and a half times `ms`: refusals held together would otherwise all be answered, and retried, in one burst. */
const pause = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms * (0.5 + Math.random()))) : Promise.resolve());

/**
 * The admin API's guard, usable as an `onRequest` or `preHandler` hook:
 * - an address with too many failed authentications answers 429 before its
 *   token is even looked up;
 * - an unknown token is refused from the in-memory list of token hashes, a
 *   known one is read by its hash, outside any transaction (401
 *   `error.unauthorized` when missing, unknown or revoked; each such failure
 *   counts against the address and is answered after `refusalDelayMs`);
 *   an expired token answers 401 `auth.token_expired` naming the day;
 * - only then is the call audited (actorType HR_TOKEN, actorId and actorName
 *   the token's owner) and the token's last use written (at most once a
 *   minute), each a single statement; `request.adminActor` is set;
 * - a token without `scope` answers 403 `forbidden.missing_scope` naming it
 *   (the call is audited: the owner tried it).
 */
export function createAuthenticate(deps: AuthenticateDeps, scope: RequiredScope): Authenticate {
  const state = stateOf(deps);
  const delayMs = deps.refusalDelayMs ?? REFUSAL_DELAY_MS;
  return async function authenticate(request, reply) {
    const address = normalizeIP(request.ip);
    const nowMs = deps.clock.now().getTime();
    const blockedMs = state.failures.blockedFor(address, nowMs);
    if (blockedMs > 0) {
      const seconds = Math.ceil(blockedMs / 1000);
      await pause(delayMs);
      void reply.header('retry-after', String(seconds));
      throw new AppError('error.rate_limited', { after: `${seconds} seconds` });
    }
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const check = token ? await authenticateAdminToken(deps.db.prisma, { token, known: state.known, now: new Date(nowMs) }) : null;
    if (!check?.ok) {
      state.failures.fail(address, nowMs);
      await pause(delayMs);
      void reply.header('www-authenticate', 'Bearer');
      if (check?.reason === 'expired' && check.expiredAt) throw new AppError('auth.token_expired', { date: check.expiredAt.toISOString().slice(0, 10) });
      throw new AppError('error.unauthorized');
    }
    const { actor } = check;
    const written = state.lastUsedWritten.get(actor.tokenId);
    const touchLastUsed = written === undefined || nowMs - written >= LAST_USED_INTERVAL_MS;
    if (touchLastUsed) state.lastUsedWritten.set(actor.tokenId, nowMs);
    await recordAdminRequest(deps.db.prisma, {
      actor,
      route: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      now: new Date(nowMs),
      touchLastUsed,
    });
    request.adminActor = actor;
    if (!hasScope(actor.scopes, scope)) throw new AppError('forbidden.missing_scope', { scope });
  };
}

/** The actor of an authenticated admin request (the guard has run). */
export function actorOf(request: FastifyRequest): AdminActor {
  if (!request.adminActor) throw new AppError('error.unauthorized');
  return request.adminActor;
}
