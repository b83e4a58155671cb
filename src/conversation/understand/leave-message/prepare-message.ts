import type { IsoDay } from '../../../domain/day';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../calendar-words';
import { editDistance } from '../edit-distance';

const FULL_MONTHS = [...MONTH_WORDS.keys()].filter((word) => word.length >= 6);
const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'];
const WORKDAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
const RANGE_WORD = String.raw`(?:-|–|s\/d|s\.d\.?|sd|sampai dengan|sampai|sampe|hingga)`;

/** "desmber", "Dsember": a month name with one typo (the same first letter) is the month. */
function fixMonthTypos(text: string): string {
  return text.replace(/\p{L}{6,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (MONTH_WORDS.has(lower)) return word;
    const month = FULL_MONTHS.find((name) => name[0] === lower[0] && editDistance(lower, name, 1) === 1);
    return month ?? word;
  });
}

/** "tgl14", "14des", "sd16", "tahunan14": words run into numbers. */
function splitRunTogether(text: string): string {
  return text
    .replace(/(?<![\p{L}])(tgl|tanggal|sd|tahunan|cuti)(?=\d)/giu, '$1 ')
    .replace(/(\d)(\p{L}+)/gu, (all, digit: string, letters: string) => (MONTH_WORDS.has(letters.toLowerCase()) ? `${digit} ${letters}` : all));
}

/** "14,15,16 des", "14 dan 15 des": consecutive days listed are a range. */
function joinDayLists(text: string): string {
  return text.replace(/(?<![\d/.])\d{1,2}(?:\s*(?:,|dan|&)\s*\d{1,2})+(?=\s*\p{L})/gu, (list) => {
    const days = list.split(/\s*(?:,|dan|&)\s*/).map(Number);
    const consecutive = days.every((day, i) => i === 0 || day === (days[i - 1] ?? 0) + 1);
    return consecutive ? `${days[0]}-${days[days.length - 1]}` : list;
  });
}

/** "kamis jumat", "kamis dan jumat": two days in a row are a range. */
function joinWeekdayPairs(text: string): string {
  return text.replace(/(?<!\p{L})(\p{L}+)\s+(?:(?:dan|&|,)\s+)?(\p{L}+)(?!\p{L})/gu, (all, a: string, b: string) => {
    const first = WORKDAYS.indexOf(a.toLowerCase());
    return first >= 0 && WORKDAYS.indexOf(b.toLowerCase()) === first + 1 && WEEKDAY_WORDS.has(b.toLowerCase()) ? `${a} - ${b}` : all;
  });
}

/**
 * "tgl 14 sd 16" without a month: the next 14th on or after today. Only
 * after "tgl"/"tanggal", where a bare number can only be a day.
 */
function addMissingMonth(text: string, today: IsoDay): string {
  const pattern = new RegExp(String.raw`(?<!\p{L})(?:tgl\.?|tanggal)\s*(\d{1,2})(?:\s*${RANGE_WORD}\s*(?:tgl\.?\s*|tanggal\s*)?\d{1,2})?(?![\d/.-])`, 'giu');
  const todayDay = Number(today.slice(8, 10));
  const todayMonth = Number(today.slice(5, 7));
  return text.replace(pattern, (all: string, startDay: string, offset: number) => {
    const next = /^\s*(\p{L}+)/u.exec(text.slice(offset + all.length))?.[1]?.toLowerCase();
    if (next !== undefined && MONTH_WORDS.has(next)) return all;
    const month = Number(startDay) >= todayDay ? todayMonth : (todayMonth % 12) + 1;
    return `${all} ${MONTH_SHORT[month - 1] ?? ''}`;
  });
}

/**
 * The message with what people type around dates straightened out, so the
 * date reader and the word scan see ordinary phrases: half-day fractions,
 * month typos, words run into numbers, listed days, a missing month.
 */
export function prepareMessage(text: string, today: IsoDay): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/½\s*/g, 'setengah ')
    .replace(/(?<![\d/])1\/2\s*(hari|hr|day)/giu, 'setengah $1')
    .replace(/\bsampai\s+(?:dgn|dg)\b/giu, 'sampai dengan')
    .replace(/\b(half|full)-day\b/giu, '$1 day');
  return addMissingMonth(joinWeekdayPairs(joinDayLists(splitRunTogether(fixMonthTypos(cleaned)))), today);
}
