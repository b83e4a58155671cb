import type { ErrorRef } from '../../src/conversation/render/leave-error-lines';
import { isAppError } from '../../src/domain/app-error';

function isErrorRef(value: unknown): value is ErrorRef {
  return typeof value === 'object' && value !== null && typeof (value as ErrorRef).code === 'string';
}

/**
 * The rules a leave service refused, as plain data for the flow: every error of
 * a LeaveRefused (its `errors`), or the one code of another AppError. Null for
 * anything else, which the caller rethrows (a bug is not a refusal).
 */
export function refusalErrors(error: unknown): ErrorRef[] | null {
  if (!isAppError(error)) return null;
  const list = (error as { errors?: unknown }).errors;
  if (Array.isArray(list) && list.length > 0 && list.every(isErrorRef)) {
    return list.map((e) => ({ code: e.code, params: { ...(e.params ?? {}) } }));
  }
  return [{ code: error.code, params: { ...error.params } }];
}
