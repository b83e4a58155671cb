import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from '../store/database';
import { registerErrorHandler } from './error-handler';
import { healthRoutes } from './routes/health';
import { logRedactPaths } from './log-redaction';

/** A route plugin another part of SAPA contributes (channels, admin API, dev chat). */
export type RoutePlugin = (app: FastifyInstance) => Promise<void>;

export interface BuildAppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  routes?: readonly RoutePlugin[];
  bodyLimit?: number;
}

/** The HTTP service without listening: tests call `inject`, `main.ts` calls `listen`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    trustProxy: true,
    ...(options.logger && typeof options.logger === 'object'
      ? { logger: { ...options.logger, redact: { paths: logRedactPaths, censor: '[redacted]' } } }
      : {}),
  });
  registerErrorHandler(app);
  await app.register(healthRoutes(options.db));
  for (const plugin of options.routes ?? []) await app.register(plugin);
  return app;
}
