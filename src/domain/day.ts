/**
 * Calendar days as ISO strings ("2026-12-12"): days in Asia/Jakarta, never
 * instants. All arithmetic goes through UTC so no local offset can shift a day.
 */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
export const TIME_ZONE = 'Asia/Jakarta';

/** Asia/Jakarta's offset from UTC: +7 hours all year (no daylight saving since 1964). */
export const JAKARTA_OFFSET_MS = 7 * 3_600_000;

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function toUtcMs(day: IsoDay): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not an ISO day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromUtcMs(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromUtcMs(toUtcMs(day) + n * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: IsoDay): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

export function yearOf(day: IsoDay): number {
  return Number(day.slice(0, 4));
}

export function addMonths(day: IsoDay, n: number): IsoDay {
  const d = new Date(toUtcMs(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtcMs(target.getTime());
}

/** The calendar day of an instant in Asia/Jakarta (UTC+7, no daylight saving). */
export function jakartaDay(instant: Date): IsoDay {
  return fromUtcMs(instant.getTime() + JAKARTA_OFFSET_MS).slice(0, 10);
}

/** Full years from `from` to `to` (an anniversary counts on its day). */
export function fullYearsBetween(from: IsoDay, to: IsoDay): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

export function compareDays(a: IsoDay, b: IsoDay): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
