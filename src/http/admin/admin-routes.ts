import type { AdminDeps } from './admin-deps';
import type { AdminRoute } from './define-route';
import { employeeRoutes } from './routes/employee-routes';
import { importRoutes } from './routes/import-routes';
import { whoamiRoutes } from './routes/whoami-routes';

/** Every admin route, in the order the OpenAPI document lists them. */
export function adminRouteList(deps: AdminDeps): AdminRoute[] {
  return [...whoamiRoutes(), ...employeeRoutes(deps), ...importRoutes(deps)];
}
