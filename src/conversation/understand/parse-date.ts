import type { IsoDay } from '../../domain/day';
import { readDateSpec } from './date-spec';
import { tokenizeDateText } from './date-tokens';
import { resolveDateSpec } from './resolve-date-spec';

/**
 * One day typed by a person, relative to `today` (the Asia/Jakarta day):
 * "besok", "lusa", "hari ini", "tomorrow", "senin", "senin depan",
 * "next monday", "12 des", "12 desember 2026", "December 12", "12/12/2026",
 * "12-12-2026", "2026-12-12", "12/12". Day comes before month. Without a year,
 * the next such day on or after today is meant. Null when the text is not one
 * day or the day does not exist ("31 feb", "30/02/2026").
 */
export function parseDate(text: string, today: IsoDay): IsoDay | null {
  const spec = readDateSpec(tokenizeDateText(text));
  return spec === null ? null : resolveDateSpec(spec, today);
}
