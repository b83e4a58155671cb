/**
 * Log paths that may carry secrets or personal data. Tokens, payslip amounts
 * and dates of birth never reach the logs.
 */
export const logRedactPaths: string[] = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers.cookie',
  'headers.authorization',
  '*.token',
  '*.password',
  '*.birthDate',
  '*.net',
  '*.amount',
];
