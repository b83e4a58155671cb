import { addDays, type IsoDay } from '../../domain/day';
import { DAY_UNIT_WORDS, NEXT_WEEK_PHRASES } from './calendar-words';
import { type DateRangeReading, rangeReading, UNRECOGNIZED } from './date-range-reading';
import { readDateSpec } from './date-spec';
import { type DateToken, tokenizeDateText } from './date-tokens';
import { parseNumber } from './parse-number';
import { resolveDatePair } from './resolve-date-pair';
import { nextWeekMonday, resolveDateSpec } from './resolve-date-spec';

/** A date range is a few words; anything longer is a sentence we should not guess at. */
const MAX_TOKENS = 16;
/** "N hari mulai ..." up to three years (the longest leave, CLTN). */
const MAX_DAY_COUNT = 1096;
/** The longest spelled-out count: "dua puluh satu setengah". */
const MAX_COUNT_TOKENS = 4;

const textOf = (tokens: readonly DateToken[]): string => tokens.map((t) => t.text).join(' ');
const isDayUnit = (t: DateToken | undefined): boolean => t?.kind === 'word' && DAY_UNIT_WORDS.has(t.text);

function dayCount(tokens: readonly DateToken[]): number | null {
  if (tokens.length === 0 || tokens.length > MAX_COUNT_TOKENS) return null;
  const n = parseNumber(textOf(tokens));
  return n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_DAY_COUNT ? n : null;
}

/** `count` calendar days from the day `startTokens` name. */
function daysFrom(count: number, startTokens: readonly DateToken[], today: IsoDay): DateRangeReading | null {
  const spec = readDateSpec(startTokens);
  if (spec === null || (spec.kind === 'calendar' && spec.month === undefined)) return null;
  const start = resolveDateSpec(spec, today);
  return rangeReading(start, start === null ? null : addDays(start, count - 1));
}

/** "3 hari mulai besok", "3 days from monday", "besok selama 3 hari", "monday for 3 days". */
function readDayCount(tokens: readonly DateToken[], today: IsoDay): DateRangeReading | null {
  const unitAt = tokens.findIndex(isDayUnit);
  const leading = unitAt > 0 ? dayCount(tokens.slice(0, unitAt)) : null;
  if (leading !== null) return daysFrom(leading, tokens.slice(unitAt + 1), today);
  if (!isDayUnit(tokens[tokens.length - 1])) return null;
  for (let size = 1; size <= MAX_COUNT_TOKENS && size < tokens.length - 1; size += 1) {
    const countAt = tokens.length - 1 - size;
    const trailing = dayCount(tokens.slice(countAt, -1));
    const reading = trailing === null ? null : daysFrom(trailing, tokens.slice(0, countAt), today);
    if (reading) return reading;
  }
  return null;
}

function readSingle(tokens: readonly DateToken[], today: IsoDay): DateRangeReading {
  const words = tokens.every((t) => t.kind === 'word') ? textOf(tokens) : '';
  if (NEXT_WEEK_PHRASES.has(words)) {
    const monday = nextWeekMonday(today);
    return rangeReading(monday, addDays(monday, 4));
  }
  const spec = readDateSpec(tokens);
  if (spec === null || (spec.kind === 'calendar' && spec.month === undefined)) return UNRECOGNIZED;
  const day = resolveDateSpec(spec, today);
  return rangeReading(day, day);
}

/**
 * Reads a typed date range relative to `today` (the Asia/Jakarta day). Besides
 * everything `parseDate` reads (a single day is a one-day range), it reads
 * "12-14 des", "12 - 14 desember", "12 des - 3 jan" (into next year),
 * "12/12 s.d. 14/12", "12 sampai 14 des", "12 to 14 dec", "senin - rabu",
 * "minggu depan" / "next week" (Monday to Friday), and N calendar days from a
 * day: "3 hari mulai besok", "3 days from monday", "besok selama 3 hari".
 */
export function readDateRange(text: string, today: IsoDay): DateRangeReading {
  const tokens = tokenizeDateText(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return UNRECOGNIZED;
  const connectors = tokens.flatMap((t, i) => (t.kind === 'to' ? [i] : []));
  if (connectors.length > 1) return UNRECOGNIZED;
  const [at] = connectors;
  if (at === undefined) return readDayCount(tokens, today) ?? readSingle(tokens, today);
  const from = readDateSpec(tokens.slice(0, at));
  const until = readDateSpec(tokens.slice(at + 1));
  return from === null || until === null ? UNRECOGNIZED : resolveDatePair(from, until, today);
}
