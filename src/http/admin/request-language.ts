import type { FastifyRequest } from 'fastify';
import type { Language } from '../../domain/language';

/** The language of texts in an admin response: Indonesian when the caller asks for it (Accept-Language: id), else English. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*id\b/i.test(header) ? 'id' : 'en';
}
