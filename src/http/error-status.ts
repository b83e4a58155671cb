/** HTTP status of each AppError code; codes not listed answer 400. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'error.not_found': 404,
  'error.unauthorized': 401,
  'error.forbidden': 403,
  'error.conflict': 409,
  'error.rate_limited': 429,
  'error.internal': 500,
  'leave.already_decided': 409,
  'leave.step_not_current': 409,
  'leave.not_your_step': 403,
  'leave.own_request': 403,
  'leave.proxy_not_allowed': 403,
  'leave.step_unknown': 404,
  'leave.employee_not_found': 404,
  'leave.already_credited': 409,
  'leave.document_purged': 410,
  'link.paused': 429,
  'link.paused_day': 429,
  'dev.persona_not_found': 404,
  'dev.document_not_found': 404,
  'paperwork.request_not_found': 404,
  'paperwork.no_letter': 404,
  'paperwork.archive_too_large': 422,
  'delegation.already_over': 409,
  'console.payroll.upload_gone': 410,
};

const STATUS_BY_PREFIX: ReadonlyArray<readonly [string, number]> = [
  ['auth.', 401],
  ['forbidden.', 403],
  ['conflict.', 409],
];

export function statusOf(code: string): number {
  const exact = STATUS_BY_CODE[code];
  if (exact) return exact;
  for (const [prefix, status] of STATUS_BY_PREFIX) if (code.startsWith(prefix)) return status;
  return code.endsWith('.not_found') ? 404 : 400;
}
