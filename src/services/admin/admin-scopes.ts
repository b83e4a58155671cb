/**
 * What an admin token may do. Each admin route names the one scope it needs
 * (or `any` for /admin/whoami); a token holds a few. Write scopes do not
 * include `read`: most HR staff get `read` plus what their job needs.
 */
export const ADMIN_SCOPES = {
  read: 'read employees, leave requests, reports, exports, documents, the audit log and payroll months (not amounts)',
  leave: 'act on leave requests: submit on behalf of an employee, reassign a step, cancel; name and end substitutes (delegations)',
  profiles: 'review employees\' profile-change requests (approve, reject)',
  settings: 'change the leave policy overrides, authorized officials, the city\'s authority settings and holidays',
  imports: 'import organisation units, employees, holidays and leave balances',
  payroll: 'import and publish payroll months',
  'link-codes': 'issue one-time link codes for employees',
  ops: 'operations: outbox state, scheduled jobs (see, run now), WhatsApp pairing',
} as const;

export type AdminScope = keyof typeof ADMIN_SCOPES;

/** What a route needs: one scope, or `any` (any valid token). */
export type RequiredScope = AdminScope | 'any';

export const ALL_ADMIN_SCOPES = Object.keys(ADMIN_SCOPES) as AdminScope[];

export function isAdminScope(value: string): value is AdminScope {
  return Object.hasOwn(ADMIN_SCOPES, value);
}

/** "read,leave" -> ['read', 'leave'] (trimmed, deduplicated, in the catalogue's order); null when a name is unknown or none is given. */
export function parseScopes(text: string): AdminScope[] | null {
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0 || !names.every(isAdminScope)) return null;
  return ALL_ADMIN_SCOPES.filter((scope) => names.includes(scope));
}

/** A token's stored scopes (unknown names, e.g. from a newer version, are ignored). */
export function storedScopes(text: string): AdminScope[] {
  return text.split(',').filter(isAdminScope);
}

export function hasScope(scopes: readonly AdminScope[], required: RequiredScope): boolean {
  return required === 'any' || scopes.includes(required);
}
