import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../admin/authenticate';
import type { RoutePlugin } from '../build-app';
import type { SapaMetrics } from './sapa-metrics';

export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics` in Prometheus' text format. On SAPA's main port it needs an
 * admin token with the `ops` scope (`authenticate`); on the separate
 * METRICS_PORT (bound to 127.0.0.1 unless METRICS_HOST says otherwise) it is
 * served without one. Both are rate limited per address.
 */
export function metricsRoute(metrics: SapaMetrics, authenticate?: Authenticate): RoutePlugin {
  return async (app: FastifyInstance) => {
    app.get(METRICS_PATH, authenticate ? { preHandler: authenticate } : {}, async (_request, reply) => {
      const body = await metrics.scrape();
      return reply.header('cache-control', 'no-store').type(metrics.contentType).send(body);
    });
  };
}
