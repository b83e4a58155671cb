import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { type LeaveError, leaveErrorParams } from '../../domain/leave';
import { translate } from '../../i18n/translate';

/**
 * A request the leave rules refuse, with every rule that failed (most
 * fundamental first). Its own code is 'leave.refused'; callers show `errors`.
 */
export class LeaveRefused extends AppError {
  constructor(readonly errors: readonly LeaveError[]) {
    super('leave.refused', { count: errors.length });
    this.name = 'LeaveRefused';
  }
}

export function isLeaveRefused(error: unknown): error is LeaveRefused {
  return error instanceof LeaveRefused;
}

/** The refusal as lines a person reads: a heading and one bullet per failed rule. */
export function describeRefusal(error: LeaveRefused, lang: Language): string {
  const lines = error.errors.map((e) => `• ${translate(lang, e.code, leaveErrorParams(e, lang))}`);
  return [translate(lang, 'leave.refused'), ...lines].join('\n');
}
