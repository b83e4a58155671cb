import type { FastifyInstance } from 'fastify';
import type { JobControl, Module, ServiceContext } from '../../module';
import type { RoutePlugin } from '../build-app';
import type { AdminDeps } from './admin-deps';
import { createAuthenticate } from './authenticate';
import { ADMIN_PREFIX, type AdminRoute } from './define-route';
import { docsRoutes } from './openapi/docs-routes';
import { auditRoutes } from './routes/audit-routes';
import { delegationRoutes } from './routes/delegation-routes';
import { employeeRoutes } from './routes/employee-routes';
import { importRoutes } from './routes/import-routes';
import { jobRoutes } from './routes/job-routes';
import { leaveOverrideRoutes } from './routes/leave-override-routes';
import { leavePaperRoutes } from './routes/leave-paper-routes';
import { leaveReportRoutes } from './routes/leave-report-routes';
import { leaveRequestRoutes } from './routes/leave-request-routes';
import { payrollRoutes } from './routes/payroll-routes';
import { profileChangeRoutes } from './routes/profile-change-routes';
import { settingsRoutes } from './routes/settings-routes';
import { whoamiRoutes } from './routes/whoami-routes';
import { worklistRoutes } from './routes/worklist-routes';

/** The HR admin API as a SAPA module (src/modules.ts hands it the scheduled jobs for /admin/jobs). */
export function adminModule(ctx: ServiceContext, jobs?: JobControl): Module {
  return {
    routes: adminApi({
      db: ctx.db,
      clock: ctx.clock,
      paperwork: ctx.config,
      wakeOutbox: () => ctx.wakeOutbox(),
      ...(ctx.config.TELEGRAM_BOT_USERNAME ? { botUsername: ctx.config.TELEGRAM_BOT_USERNAME } : {}),
      ...(jobs ? { jobs } : {}),
      ...(ctx.sendRates ? { sendRates: ctx.sendRates } : {}),
    }),
  };
}

/** The admin API (under /admin, bearer tokens) and its documentation (/docs, /docs/openapi.json). */
export function adminApi(deps: AdminDeps): RoutePlugin[] {
  const routes = adminRouteList(deps);
  return [mountAdminRoutes(routes, deps), docsRoutes(routes)];
}

/** Every admin route, in the order the OpenAPI document lists them. */
function adminRouteList(deps: AdminDeps): AdminRoute[] {
  return [
    ...whoamiRoutes(),
    ...employeeRoutes(deps),
    ...leaveRequestRoutes(deps),
    ...leavePaperRoutes(deps),
    ...leaveOverrideRoutes(deps),
    ...leaveReportRoutes(deps),
    ...worklistRoutes(deps),
    ...delegationRoutes(deps),
    ...profileChangeRoutes(deps),
    ...settingsRoutes(deps),
    ...auditRoutes(deps),
    ...importRoutes(deps),
    ...payrollRoutes(deps),
    ...(deps.jobs ? jobRoutes(deps, deps.jobs) : []),
  ];
}

/**
 * Mounts the admin routes under /admin, each behind the guard for its scope
 * (run on `onRequest`, so an unauthenticated or out-of-scope upload is
 * refused before its body is read). CSV bodies arrive as text.
 */
function mountAdminRoutes(routes: readonly AdminRoute[], deps: AdminDeps): RoutePlugin {
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
            onRequest: createAuthenticate(deps, route.scope),
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
