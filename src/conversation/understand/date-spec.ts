import { MONTH_WORDS, RELATIVE_DAYS, WEEKDAY_PREFIXES, WEEKDAY_SUFFIXES, WEEKDAY_WORDS } from './calendar-words';
import type { DateToken } from './date-tokens';

/**
 * One date as written, before it is pinned to a calendar day:
 * - `offset`: days from today ("besok" = 1);
 * - `weekday` (1 = Monday ... 7 = Sunday): the coming one ("senin", "senin
 *   ini", on or after the anchor day) or the one in next week ("senin depan",
 *   weeks run Monday to Sunday);
 * - `calendar`: day, month and year as far as given ("12" alone has no month;
 *   that only makes sense as the start of "12-14 des"). A weekday written in
 *   front ("senin, 30 nov") must agree with the date.
 */
export type DateSpec =
  | { kind: 'offset'; days: number }
  | { kind: 'weekday'; weekday: number; when: 'coming' | 'next-week' }
  | { kind: 'calendar'; day: number; month?: number; year?: number; weekday?: number };

export type CalendarSpec = Extract<DateSpec, { kind: 'calendar' }>;

const MAX_SPEC_TOKENS = 6;

const isDayNumber = (t: DateToken | undefined): t is DateToken & { kind: 'number' } => t?.kind === 'number' && t.text.length <= 2;
const isYearNumber = (t: DateToken | undefined): t is DateToken & { kind: 'number' } => t?.kind === 'number' && t.text.length === 4;
const monthOf = (t: DateToken | undefined): number | undefined => (t?.kind === 'word' ? MONTH_WORDS.get(t.text) : undefined);

function wordsOf(tokens: readonly DateToken[]): string[] | null {
  return tokens.every((t) => t.kind === 'word') ? tokens.map((t) => t.text) : null;
}

/** "12", "12 des", "12 des 2026", "dec 12", "december 12 2026", "12/12", "2026-12-12". */
function readCalendar(tokens: readonly DateToken[]): CalendarSpec | null {
  const [a, b, c, ...rest] = tokens;
  if (a === undefined || rest.length > 0) return null;
  if (a.kind === 'numeric-date') {
    if (b !== undefined) return null;
    return { kind: 'calendar', day: a.day, month: a.month, ...(a.year === undefined ? {} : { year: a.year }) };
  }
  if (c !== undefined && !isYearNumber(c)) return null;
  const year = c === undefined ? {} : { year: c.value };
  if (isDayNumber(a) && b === undefined) return { kind: 'calendar', day: a.value };
  const monthAfterDay = monthOf(b);
  if (isDayNumber(a) && monthAfterDay !== undefined) return { kind: 'calendar', day: a.value, month: monthAfterDay, ...year };
  const monthBeforeDay = monthOf(a);
  if (monthBeforeDay !== undefined && isDayNumber(b)) return { kind: 'calendar', day: b.value, month: monthBeforeDay, ...year };
  return null;
}

/** "senin", "senin ini", "senin depan", "senin minggu depan", "next monday", "hari minggu". */
function readWeekday(words: readonly string[]): DateSpec | null {
  const hasHari = words[0] === 'hari' || words[0] === 'hr';
  const rest = hasHari ? words.slice(1) : words;
  const prefix = WEEKDAY_PREFIXES.get(rest[0] ?? '');
  const [name, ...suffixWords] = prefix === undefined ? rest : rest.slice(1);
  const weekday = WEEKDAY_WORDS.get(name ?? '');
  const suffix = WEEKDAY_SUFFIXES.get(suffixWords.join(' '));
  if (weekday === undefined || suffix === undefined) return null;
  if (prefix !== undefined && suffixWords.length > 0) return null;
  // "minggu ini" / "minggu depan" mean this / next week; "hari minggu depan" is Sunday.
  if (name === 'minggu' && !hasHari && (prefix !== undefined || suffixWords.length > 0)) return null;
  return { kind: 'weekday', weekday, when: prefix ?? suffix };
}

/** A weekday in front of a calendar date: "senin 30 nov", "hari senin 30/11", "monday, november 30". */
function readWeekdayAndCalendar(tokens: readonly DateToken[]): DateSpec | null {
  const skip = tokens[0]?.kind === 'word' && (tokens[0].text === 'hari' || tokens[0].text === 'hr') ? 1 : 0;
  const name = tokens[skip];
  const weekday = name?.kind === 'word' ? WEEKDAY_WORDS.get(name.text) : undefined;
  if (weekday === undefined) return null;
  const calendar = readCalendar(tokens.slice(skip + 1));
  if (calendar?.month === undefined) return null;
  return { ...calendar, weekday };
}

/** Reads all of `tokens` as one date, or null. */
export function readDateSpec(tokens: readonly DateToken[]): DateSpec | null {
  if (tokens.length === 0 || tokens.length > MAX_SPEC_TOKENS) return null;
  const words = wordsOf(tokens);
  if (words) {
    const days = RELATIVE_DAYS.get(words.join(' '));
    return days === undefined ? readWeekday(words) : { kind: 'offset', days };
  }
  return readCalendar(tokens) ?? readWeekdayAndCalendar(tokens);
}
