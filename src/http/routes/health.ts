import type { FastifyInstance } from 'fastify';
import type { Database } from '../../store/database';
import { checkReadiness, type ReadinessOptions } from './readiness';

/**
 * Liveness (`/live`, and `/health` as before: the process answers, nothing
 * else is asked) and readiness (`/ready`: each part SAPA needs, 200 when all
 * are ready, 503 naming the ones that are not).
 */
export function healthRoutes(db: Database, readiness: ReadinessOptions = {}) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.get('/live', async () => ({ status: 'ok' }));
    app.get('/health', async () => ({ status: 'ok' }));

    app.get('/ready', async (_request, reply) => {
      const report = await checkReadiness(db, readiness);
      void reply.header('cache-control', 'no-store');
      return reply.status(report.status === 'ready' ? 200 : 503).send(report);
    });
  };
}
