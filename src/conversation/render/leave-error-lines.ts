import type { ErrorParams } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { type LeaveError, leaveErrorParams } from '../../domain/leave';
import { translate } from '../../i18n/translate';

/** A rule failure as carried in flow data: a catalogue code and its raw params (ISO days, numbers). */
export interface ErrorRef {
  code: string;
  params: ErrorParams;
}

/** One bullet per failed rule, in the person's language, with days written "12 Des 2026". */
export function renderLeaveErrors(errors: readonly ErrorRef[], lang: Language): string {
  return errors
    .map((error) => `• ${translate(lang, error.code, leaveErrorParams(error as LeaveError, lang))}`)
    .join('\n');
}
