import { formatTimestamp } from './format';
import type { Language } from './language';

/** "27 Nov 2026 10:02 WIB": an instant as printed on a slip, a form or a letter (Asia/Jakarta, UTC+7). */
export function formatPrintTime(instant: Date, lang: Language = 'id'): string {
  return `${formatTimestamp(instant, lang)} WIB`;
}
