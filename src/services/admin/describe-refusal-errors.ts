import type { Language } from '../../domain/language';
import { leaveErrorParams } from '../../domain/leave';
import { translate } from '../../i18n/translate';
import type { LeaveRefused } from '../leave/leave-refused';

/** A refused submission as the admin API answers it: `{ code, message, errors: [{ code, message }] }`. */
export function describeRefusalErrors(error: LeaveRefused, lang: Language) {
  return {
    code: error.code,
    message: translate(lang, error.code, error.params),
    errors: error.errors.map((e) => ({ code: e.code, message: translate(lang, e.code, leaveErrorParams(e, lang)) })),
  };
}
