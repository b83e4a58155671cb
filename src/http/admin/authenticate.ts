import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../clock';
import { AppError } from '../../domain/app-error';
import { writeAudit } from '../../services/audit';
import { type AdminActor, auditActor } from '../../services/admin/admin-actor';
import { authenticateAdminToken } from '../../services/admin/authenticate-admin-token';
import type { Database } from '../../store/database';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `createAuthenticate` on admin routes: the HR staff member calling. */
    adminActor?: AdminActor;
  }
}

export type Authenticate = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The admin API's guard, usable as an `onRequest` or `preHandler` hook: checks
 * the bearer token (401 `error.unauthorized` when missing, unknown or revoked),
 * records its last use, audits the call (actorType HR_TOKEN, actorName = the
 * token's name) and sets `request.adminActor`.
 */
export function createAuthenticate(deps: { db: Database; clock: Clock }): Authenticate {
  return async function authenticate(request, reply) {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const actor = token
      ? await deps.db.prisma.$transaction(async (tx) => {
          const found = await authenticateAdminToken(tx, { token, now: deps.clock.now() });
          if (found) {
            await writeAudit(tx, {
              ...auditActor(found),
              action: 'admin.request',
              entity: 'AdminApi',
              entityId: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
            });
          }
          return found;
        })
      : null;
    if (!actor) {
      void reply.header('www-authenticate', 'Bearer');
      throw new AppError('error.unauthorized');
    }
    request.adminActor = actor;
  };
}

/** The actor of an authenticated admin request (the guard has run). */
export function actorOf(request: FastifyRequest): AdminActor {
  if (!request.adminActor) throw new AppError('error.unauthorized');
  return request.adminActor;
}
