import type { AdminDeps } from './admin-deps';
import type { AdminRoute } from './define-route';
import { auditRoutes } from './routes/audit-routes';
import { delegationRoutes } from './routes/delegation-routes';
import { employeeRoutes } from './routes/employee-routes';
import { importRoutes } from './routes/import-routes';
import { jobRoutes } from './routes/job-routes';
import { leavePaperRoutes } from './routes/leave-paper-routes';
import { leaveOverrideRoutes } from './routes/leave-override-routes';
import { leaveReportRoutes } from './routes/leave-report-routes';
import { leaveRequestRoutes } from './routes/leave-request-routes';
import { payrollRoutes } from './routes/payroll-routes';
import { profileChangeRoutes } from './routes/profile-change-routes';
import { settingsRoutes } from './routes/settings-routes';
import { whoamiRoutes } from './routes/whoami-routes';
import { worklistRoutes } from './routes/worklist-routes';

/** Every admin route, in the order the OpenAPI document lists them. */
export function adminRouteList(deps: AdminDeps): AdminRoute[] {
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
