/**
 * The words people use for months, weekdays and nearby days, in Indonesian
 * and English, lowercase without diacritics or apostrophes ("jum'at" ->
 * "jumat"). Old spellings still common in government letters are included
 * ("pebruari", "nopember"). Tables are Maps so that "constructor" or
 * "toString" typed by a user is never found on a prototype.
 */

/** Word -> month 1..12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agst: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
}));

/** Word -> ISO weekday, 1 = Monday ... 7 = Sunday. */
export const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  senin: 1, monday: 1, mon: 1,
  selasa: 2, tuesday: 2, tue: 2, tues: 2,
  rabu: 3, wednesday: 3, wed: 3,
  kamis: 4, thursday: 4, thu: 4, thur: 4, thurs: 4,
  jumat: 5, friday: 5, fri: 5,
  sabtu: 6, saturday: 6, sat: 6,
  minggu: 7, ahad: 7, sunday: 7, sun: 7,
}));

/** Phrase -> days from today. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map(Object.entries({
  'hari ini': 0, 'hr ini': 0, 'hri ini': 0, sekarang: 0, today: 0, now: 0,
  besok: 1, bsk: 1, besuk: 1, esok: 1, tomorrow: 1, tmrw: 1, tmr: 1,
  lusa: 2, 'day after tomorrow': 2,
  kemarin: -1, kemaren: -1, kmrn: -1, yesterday: -1,
}));

/** What follows a weekday: "senin" / "senin ini" is the coming Monday, "senin depan" Monday of next week. */
export const WEEKDAY_SUFFIXES: ReadonlyMap<string, 'coming' | 'next-week'> = new Map(Object.entries({
  '': 'coming', ini: 'coming',
  depan: 'next-week', dpn: 'next-week', 'minggu depan': 'next-week', 'minggu dpn': 'next-week', 'pekan depan': 'next-week', berikutnya: 'next-week', 'next week': 'next-week',
}));

/** What may precede a weekday: "this monday", "next monday". */
export const WEEKDAY_PREFIXES: ReadonlyMap<string, 'coming' | 'next-week'> = new Map(Object.entries({
  this: 'coming', next: 'next-week',
}));

/** "minggu depan", "next week": Monday to Friday of next week. */
export const NEXT_WEEK_PHRASES: ReadonlySet<string> = new Set(['minggu depan', 'minggu dpn', 'pekan depan', 'next week']);

/** Words for "days" after a count: "3 hari", "3 days". */
export const DAY_UNIT_WORDS: ReadonlySet<string> = new Set(['hari', 'hr', 'day', 'days']);

/**
 * Words that carry no date: dropped before parsing, so "mulai tanggal 12 des",
 * "from the 12th of december" and "besok aja" read like "12 des" and "besok".
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'tanggal', 'tgl', 'tg', 'dari', 'mulai', 'sejak', 'pada', 'selama', 'aja', 'saja', 'ya', 'dong', 'deh', 'sih',
  'from', 'starting', 'start', 'beginning', 'on', 'the', 'of', 'for', 'please', 'pls',
]);
