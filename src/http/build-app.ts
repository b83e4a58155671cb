import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { AppError } from '../domain/app-error';
import type { Database } from '../store/database';
import { registerErrorHandler, registerNotFoundHandler } from './error-handler';
import { redactedLogOptions } from '../log-redaction';
import { defaultPublicRateLimits, type PublicRateLimits, publicLimitFor } from './public-rate-limits';
import { healthRoutes } from './routes/health';
import { addSecurityHeaders } from './security-headers';
import type { ReadinessOptions } from './routes/readiness';

/** A route plugin another part of SAPA contributes (channels, admin API, dev chat). */
export type RoutePlugin = (app: FastifyInstance) => Promise<void>;

export interface BuildAppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  routes?: readonly RoutePlugin[];
  /** Largest request body in bytes (routes such as imports may allow more). */
  bodyLimit?: number;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy). */
  trustProxy?: boolean;
  /** Per-IP limits of the public routes; `false` turns them off. */
  rateLimits?: PublicRateLimits | false;
  /** What /ready asks besides the database: the modules' parts, the outbox lag threshold. */
  readiness?: ReadinessOptions;
  /** Called with every answer (route template, or `unmatched`; method; status), for /metrics. */
  onAnswer?: (route: string, method: string, status: number) => void;
}

/** Applies the public routes' per-IP limits as they are registered (before the rate-limit plugin sees them). */
function limitPublicRoutes(app: FastifyInstance, limits: PublicRateLimits): void {
  app.addHook('onRoute', (route) => {
    const limit = publicLimitFor(route.url, limits, Array.isArray(route.method) ? route.method[0] : route.method);
    if (!limit || route.config?.rateLimit !== undefined) return;
    route.config = { ...route.config, rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } };
  });
}

/**
 * The HTTP service without listening: tests call `inject`, `main.ts` calls
 * `listen`. Hardened for the open internet: security headers, body limit,
 * per-IP rate limits on public routes, a 404 that names nothing, errors as
 * `{ code, message }` and logs without secrets or personal data.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? redactedLogOptions(options.logger === true ? {} : options.logger) : false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    trustProxy: options.trustProxy ?? false,
  });
  registerErrorHandler(app);
  const { onAnswer } = options;
  if (onAnswer) {
    app.addHook('onResponse', async (request, reply) => {
      onAnswer(request.routeOptions.url ?? 'unmatched', request.method, reply.statusCode);
    });
  }
  addSecurityHeaders(app);
  const limits = options.rateLimits === undefined ? defaultPublicRateLimits : options.rateLimits;
  if (limits) {
    limitPublicRoutes(app, limits);
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => new AppError('error.rate_limited', { after: context.after }),
    });
    registerNotFoundHandler(app, app.rateLimit({ max: limits.notFound.max, timeWindow: limits.notFound.timeWindowMs }));
  } else {
    registerNotFoundHandler(app);
  }
  await app.register(healthRoutes(options.db, options.readiness));
  for (const plugin of options.routes ?? []) await app.register(plugin);
  return app;
}
