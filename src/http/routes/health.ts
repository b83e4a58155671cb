import type { FastifyInstance } from 'fastify';
import type { Database } from '../../store/database';
import { migrationState } from '../../store/migrations/migration-state';

/** Liveness (`/live`, and `/health` as before: the process answers) and readiness (`/ready`: database reachable, migrations applied). */
export function healthRoutes(db: Database) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.get('/live', async () => ({ status: 'ok' }));
    app.get('/health', async () => ({ status: 'ok' }));

    app.get('/ready', async (_request, reply) => {
      try {
        const state = await migrationState(db);
        if (state.pending.length > 0) {
          return reply.status(503).send({ status: 'migrating', pending: state.pending.length });
        }
        return { status: 'ready', provider: db.provider, migrations: state.applied };
      } catch {
        return reply.status(503).send({ status: 'unavailable' });
      }
    });
  };
}
