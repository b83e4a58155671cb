import type { FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error';
import { sessionOf } from './console-session-hook';

/**
 * The one guard of the console's HR-only pages and actions (back office,
 * operations, audit trail, profile changes, HR's linking desk): a
 * supervisor, who knows the console, is told so (403, a page in the
 * console's layout with the section's words: a `forbidden.*` key) rather
 * than shown a missing page. The role is the session's, read from the
 * database on every request. Called first, before the query or form is
 * read, so nothing of it is used.
 */
export function requireHr(request: FastifyRequest, messageKey: `forbidden.${string}` = 'forbidden.console_hr_only'): void {
  if (sessionOf(request).person.role !== 'HR') throw new AppError(messageKey);
}
