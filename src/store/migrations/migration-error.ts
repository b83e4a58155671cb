import type { ErrorRegistry } from '@prisma/driver-adapter-utils';

/** A failure of the schema engine or of the database under it; `code` is Prisma's (P3009, P1014...) when known. */
export class MigrationError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    options?: ErrorOptions,
  ) {
    super(code ? `${code}: ${message}` : message, options);
    this.name = 'MigrationError';
  }
}

/**
 * Converts what the engine throws into a `MigrationError`. Driver failures
 * reach the engine as "External error id#N": the original error is taken back
 * from the adapter's registry so the real cause is not lost.
 */
export function migrationError(error: unknown, registry: ErrorRegistry): MigrationError {
  if (error instanceof MigrationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const external = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (external === undefined) return new MigrationError(code, message, { cause: error });
  const detail = external instanceof Error ? external.message : JSON.stringify(external);
  return new MigrationError(code, `${detail}\n${message}`, { cause: external });
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
