/**
 * A failure the user or caller can act on. `code` picks the message in the
 * catalogues (src/i18n) and the HTTP status (src/http/error-status.ts);
 * `params` fill the message's placeholders.
 */
export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
