import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error';
import { sessionOf } from './console-session-hook';

/**
 * The settings sections (policy, organisation, admin tokens) are HR's alone:
 * a supervisor, who knows the console, is told so (403) rather than shown a
 * missing page. Checked before the form is read, so nothing of it is used.
 */
export function requireHr(request: FastifyRequest): void {
  if (sessionOf(request).person.role !== 'HR') throw new AppError('forbidden.console_hr_only');
}
