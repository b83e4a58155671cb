import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error';
import { sessionOf } from './console-session-hook';

/**
 * The back-office sections (imports, holidays, payroll, policy, organisation,
 * admin tokens) are HR's alone: a supervisor, who knows the console, is told
 * so (403, in the section's words: a `forbidden.*` key) rather than shown a
 * missing page. Checked before the form is read, so nothing of it is used.
 */
export function requireHr(request: FastifyRequest, messageKey: `forbidden.${string}` = 'forbidden.console_hr_only'): void {
  if (sessionOf(request).person.role !== 'HR') throw new AppError(messageKey);
}
