import { JAKARTA_OFFSET_MS, jakartaDay } from './day';
import { formatDay } from './format';
import type { Language } from './language';

/** "27 Nov 2026 10:02 WIB": an instant as printed on a slip, a form or a letter (Asia/Jakarta, UTC+7). */
export function formatPrintTime(instant: Date, lang: Language = 'id'): string {
  const local = new Date(instant.getTime() + JAKARTA_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(jakartaDay(instant), lang)} ${hh}:${mm} WIB`;
}
