import { addDays, daysBetween, type IsoDay } from '../../../domain/day';
import { DAY_UNIT_WORDS } from '../calendar-words';
import { tokenizeDateText } from '../date-tokens';
import { readDateRange } from '../read-date-range';
import type { MessageWord } from './message-words';
import { OPEN_START_WORDS } from './leave-words';

/** The dates found in a message: the words they take, the first day, and the last unless left open. */
export interface DateSpan {
  from: number;
  to: number;
  start: IsoDay | null;
  end: IsoDay | null;
}

/** The longest date phrase is a few words: "dari tgl 14 desember 2026 sampai dengan 16 desember 2026". */
const MAX_WORDS = 12;
/** Sick leave is written after the fact: "7-9 des" typed on 10 Dec is this December, not next. */
const BACKDATE_DAYS = 31;

type Reading = ReturnType<typeof readDateRange>;

const textOf = (words: readonly MessageWord[], from: number, to: number) => words.slice(from, to).map((w) => w.raw).join(' ');

function longestReading(words: readonly MessageWord[], today: IsoDay): { from: number; to: number; reading: Reading } | null {
  let best: { from: number; to: number; reading: Reading } | null = null;
  for (let from = 0; from < words.length; from += 1) {
    for (let to = Math.min(words.length, from + MAX_WORDS); to > from && to - from > (best ? best.to - best.from : 0); to -= 1) {
      const reading = readDateRange(textOf(words, from, to), today);
      if (reading.kind !== 'unrecognized') {
        best = { from, to, reading };
        break;
      }
    }
  }
  return best;
}

/** A word the date reader skips ("mulai", "tgl", "for"). */
const carriesNoDate = (word: MessageWord | undefined) => word !== undefined && tokenizeDateText(word.raw).length === 0;

/** Drops skipped words at either end, so they stay for the rest of the message ("for" may start the reason). */
function shrink(words: readonly MessageWord[], span: { from: number; to: number }) {
  let { from, to } = span;
  while (to - from > 1 && carriesNoDate(words[from])) from += 1;
  while (to - from > 1 && carriesNoDate(words[to - 1])) to -= 1;
  return { from, to };
}

/** One day written after "mulai", "sejak", "from": where the leave starts, not all of it. */
function opensAt(words: readonly MessageWord[], from: number, to: number): boolean {
  const tokens = tokenizeDateText(textOf(words, from, to));
  const counted = tokens.some((t, i) => t.kind === 'word' && DAY_UNIT_WORDS.has(t.text) && tokens[i - 1]?.kind === 'number');
  if (counted || tokens.some((t) => t.kind === 'to')) return false;
  for (let i = from - 1; i >= 0 && i >= from - 2; i -= 1) {
    const word = words[i]?.norm ?? '';
    if (OPEN_START_WORDS.has(word)) return true;
    if (!['tgl', 'tanggal', 'tg', 'hari', 'the', 'on'].includes(word)) return false;
  }
  return false;
}

/** A date without a year that landed almost a year ahead but was a few days ago: the past one is meant. */
function recentPast(start: IsoDay, end: IsoDay, today: IsoDay, written: string): { start: IsoDay; end: IsoDay } {
  const lastYear = (day: IsoDay) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  if (/\d{4}/.test(written) || daysBetween(today, start) < 300) return { start, end };
  const back = lastYear(start);
  return daysBetween(back, today) <= BACKDATE_DAYS && daysBetween(addDays(today, -BACKDATE_DAYS), back) >= 0 ? { start: back, end: lastYear(end) } : { start, end };
}

/**
 * The dates of a message: the longest run of words that reads as a date or a
 * range (readDateRange). A range that does not exist or ends before it
 * starts takes its words but gives no days.
 */
export function findDateSpan(words: readonly MessageWord[], today: IsoDay): DateSpan | null {
  const found = longestReading(words, today);
  if (!found) return null;
  const { from, to } = shrink(words, found);
  if (found.reading.kind !== 'range') return { from, to, start: null, end: null };
  const { start, end } = recentPast(found.reading.start, found.reading.end, today, textOf(words, from, to));
  return { from, to, start, end: opensAt(words, from, to) ? null : end };
}
