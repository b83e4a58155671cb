import type { FastifyRequest } from 'fastify';

const SECRET_KEYS = ['token', 'password', 'linkCode', 'birthDate', 'net', 'amount', 'earnings', 'deductions'];

/**
 * Log paths that may carry secrets or personal data. Tokens, link codes,
 * payslip amounts and dates of birth never reach the logs: the keys are
 * censored at the top level and up to two levels down.
 */
export const logRedactPaths: string[] = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-hub-signature-256"]',
  'req.headers.cookie',
  'headers.authorization',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/** A NIP starts with its owner's date of birth: URLs are logged with NIP-like digit runs masked (and WhatsApp's verify token hidden). */
export function maskUrlForLog(url: string): string {
  return url.replace(/(hub\.verify_token=)[^&]*/g, '$1[redacted]').replace(/\d{15,}/g, (digits) => `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`);
}

/** Fastify's request serializer without the personal data a URL may carry. */
export function serializeRequestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: maskUrlForLog(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** Redaction and serializers for a pino / Fastify logger configuration. */
export function redactedLogOptions<T extends object>(options: T) {
  return {
    ...options,
    redact: { paths: logRedactPaths, censor: '[redacted]' },
    serializers: { req: serializeRequestForLog },
  };
}
