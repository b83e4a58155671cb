import type { FastifyInstance } from 'fastify';
import type { RoutePlugin } from '../build-app';
import type { Authenticate } from './authenticate';
import type { AdminRoute } from './define-route';

export const ADMIN_PREFIX = '/admin';

/**
 * Mounts the admin routes under /admin behind `authenticate` (run on
 * `onRequest`, so an unauthenticated upload is refused before its body is
 * read). CSV bodies arrive as text.
 */
export function registerAdminRoutes(routes: readonly AdminRoute[], authenticate: Authenticate): RoutePlugin {
  return async function adminRoutes(app: FastifyInstance): Promise<void> {
    await app.register(
      async (admin) => {
        admin.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => {
          done(null, body);
        });
        admin.addHook('onRequest', authenticate);
        for (const route of routes) {
          admin.route({
            method: route.method,
            url: route.url,
            ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
            handler: (request, reply) => route.run(request, reply),
          });
        }
      },
      { prefix: ADMIN_PREFIX },
    );
  };
}
