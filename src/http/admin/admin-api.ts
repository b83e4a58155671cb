import type { RoutePlugin } from '../build-app';
import type { AdminDeps } from './admin-deps';
import { adminRouteList } from './admin-routes';
import { createAuthenticate } from './authenticate';
import { docsRoutes } from './openapi/docs-routes';
import { registerAdminRoutes } from './register-admin-routes';

/** The admin API (under /admin, bearer tokens) and its documentation (/docs, /docs/openapi.json). */
export function adminApi(deps: AdminDeps): RoutePlugin[] {
  const routes = adminRouteList(deps);
  return [registerAdminRoutes(routes, (scope) => createAuthenticate(deps, scope)), docsRoutes(routes)];
}
