import { type IsoDay, JAKARTA_OFFSET_MS, toUtcMs } from './day';
import type { Language } from './language';


const MONTHS: Record<Language, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const MONTHS_LONG: Record<Language, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const WEEKDAYS: Record<Language, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "12 Des 2026" */
export function formatDay(day: IsoDay, lang: Language = 'id'): string {
  const d = new Date(toUtcMs(day));
  return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Sabtu, 12 Des 2026" */
export function formatDayWithWeekday(day: IsoDay, lang: Language = 'id'): string {
  const d = new Date(toUtcMs(day));
  return `${WEEKDAYS[lang][d.getUTCDay()]}, ${formatDay(day, lang)}`;
}

/** "12-14 Des 2026", "30 Des 2026 - 2 Jan 2027" */
export function formatDayRange(start: IsoDay, end: IsoDay, lang: Language = 'id'): string {
  if (start === end) return formatDay(start, lang);
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}-${formatDay(end, lang)}`;
  }
  return `${formatDay(start, lang)} - ${formatDay(end, lang)}`;
}

/** "November 2026" from "2026-11". */
export function formatPeriod(period: string, lang: Language = 'id'): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${MONTHS_LONG[lang][m - 1]} ${y}`;
}

/** An instant's calendar day and wall clock ("14:03") in Asia/Jakarta. */
function jakartaWallClock(instant: Date): { day: IsoDay; time: string } {
  const local = new Date(instant.getTime() + JAKARTA_OFFSET_MS).toISOString();
  return { day: local.slice(0, 10), time: local.slice(11, 16) };
}

/** "27 Nov 10:02" in Asia/Jakarta. */
export function formatInstant(instant: Date, lang: Language = 'id'): string {
  const { day, time } = jakartaWallClock(instant);
  return `${Number(day.slice(8))} ${MONTHS[lang][Number(day.slice(5, 7)) - 1]} ${time}`;
}

/** "12 Des 2026 14:03" (Asia/Jakarta): a moment with its year, for records read long after. */
export function formatTimestamp(instant: Date, lang: Language = 'id'): string {
  const { day, time } = jakartaWallClock(instant);
  return `${formatDay(day, lang)} ${time}`;
}

/** "Rp 4.250.300"; negative amounts as "-Rp 1.000". */
export function formatRupiah(amount: number): string {
  if (!Number.isInteger(amount)) throw new RangeError(`rupiah must be whole: ${amount}`);
  const digits = Math.abs(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

/** 12.345 (id) or 12,345 (en): counts of people, messages, rows. */
export function formatCount(n: number, lang: Language = 'id'): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
}

/** "3", "2,5" (id) or "2.5" (en): leave days come in halves. */
export function formatDays(days: number, lang: Language = 'id'): string {
  const text = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return lang === 'id' ? text.replace('.', ',') : text;
}
