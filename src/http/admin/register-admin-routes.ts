import type { FastifyInstance } from 'fastify';
import type { RoutePlugin } from '../build-app';
import type { RequiredScope } from '../../services/admin/admin-scopes';
import type { Authenticate } from './authenticate';
import type { AdminRoute } from './define-route';

export const ADMIN_PREFIX = '/admin';

/**
 * Mounts the admin routes under /admin, each behind the guard for its scope
 * (run on `onRequest`, so an unauthenticated or out-of-scope upload is
 * refused before its body is read). CSV bodies arrive as text.
 */
export function registerAdminRoutes(routes: readonly AdminRoute[], guard: (scope: RequiredScope) => Authenticate): RoutePlugin {
  return async function adminRoutes(app: FastifyInstance): Promise<void> {
    await app.register(
      async (admin) => {
        admin.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => {
          done(null, body);
        });
        for (const route of routes) {
          admin.route({
            method: route.method,
            url: route.url,
            onRequest: guard(route.scope),
            ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
            ...(route.rateLimit ? { config: { rateLimit: { max: route.rateLimit.max, timeWindow: route.rateLimit.timeWindowMs } } } : {}),
            handler: (request, reply) => route.run(request, reply),
          });
        }
      },
      { prefix: ADMIN_PREFIX },
    );
  };
}
