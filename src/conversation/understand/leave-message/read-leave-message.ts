import type { IsoDay } from '../../../domain/day';
import type { LeaveTypeCode } from '../../../domain/leave';
import { parseNumber } from '../parse-number';
import { textBetween } from './extract-text';
import { findDateSpan } from './find-date-span';
import {
  ADDRESS_MARKERS, CHILD_WORDS, DESTINATION_WORD, DOCUMENT_PHRASES, DURATION_UNITS, HALF_DAY_PARTS, HALF_DAY_PHRASES, IMPLIED_TYPE_PHRASES,
  LEAVE_WORDS, OPEN_START_WORDS, QUESTION_WORDS, REASON_MARKERS, STOP_WORDS,
} from './leave-words';
import { findPhrase, phraseAt } from './match-phrase';
import { type MessageWord, messageWords } from './message-words';
import { prepareMessage } from './prepare-message';
import { readLeaveType } from './read-leave-type';

/** What one message said about the leave it asks for; a slot is absent when the message did not say it. */
export interface LeaveMessageSlots {
  type?: LeaveTypeCode;
  start?: IsoDay;
  /** Absent when only the start was said ("mulai 2 jan"). */
  end?: IsoDay;
  /** A half day was asked for ("setengah hari"), with its part of the day when said. */
  half?: true;
  halfDay?: 'MORNING' | 'AFTERNOON';
  reason?: string;
  address?: string;
  /** "anak kedua": the child's order, for maternity leave. */
  childOrder?: number;
}

/** A request is a sentence or a short form; a longer text is something else. */
const MAX_LENGTH = 500;
const POLITE_ENDINGS: ReadonlySet<string> = new Set(['ya', 'yaa', 'pak', 'bu', 'dong', 'deh', 'nih', 'aja', 'saja', 'please', 'pls', 'thanks', 'tks', 'terima', 'kasih']);
const DATE_LEAD_WORDS: ReadonlySet<string> = new Set(['tgl', 'tanggal', 'tg', 'pada', 'on', 'selama', 'dr', ...OPEN_START_WORDS]);
const IMPLIED_WORDS: ReadonlySet<string> = new Set(IMPLIED_TYPE_PHRASES.filter(([, p]) => p.length === 1).map(([, p]) => p[0] ?? ''));

/** What the scan has decided so far: which words are spoken for. */
class Scan {
  readonly taken: boolean[];
  constructor(readonly text: string, readonly words: readonly MessageWord[]) {
    this.taken = words.map((w) => w.norm === '');
  }
  take(from: number, to: number): void {
    for (let i = from; i < to; i += 1) this.taken[i] = true;
  }
  free(i: number): boolean {
    return i >= 0 && i < this.words.length && !this.taken[i];
  }
  /** Whether a clause (or, with `lines`, only a line) ends between word i - 1 and word i. */
  breakBefore(i: number, lines = false): boolean {
    const before = this.words[i - 1];
    return before !== undefined && (before.lineEnd || (!lines && before.clauseEnd));
  }
}

function takeDates(scan: Scan, today: IsoDay): Pick<LeaveMessageSlots, 'start' | 'end'> {
  const span = findDateSpan(scan.words, today);
  if (!span) return {};
  scan.take(span.from, span.to);
  for (let i = span.from - 1; i >= 0 && DATE_LEAD_WORDS.has(scan.words[i]?.norm ?? ''); i -= 1) scan.take(i, i + 1);
  return { ...(span.start ? { start: span.start } : {}), ...(span.end ? { end: span.end } : {}) };
}

function takeHalfDay(scan: Scan): Pick<LeaveMessageSlots, 'half' | 'halfDay'> {
  const phrase = HALF_DAY_PHRASES.find((p) => findPhrase(scan.words, p, scan.taken) >= 0);
  if (!phrase) return {};
  const at = findPhrase(scan.words, phrase, scan.taken);
  scan.take(at, at + phrase.length);
  const part = scan.words.findIndex((w, i) => scan.free(i) && HALF_DAY_PARTS.has(w.norm) && !['selamat', 'tadi'].includes(scan.words[i - 1]?.norm ?? ''));
  if (part < 0) return { half: true };
  scan.take(part, part + 1);
  return { half: true, halfDay: HALF_DAY_PARTS.get(scan.words[part]?.norm ?? '') };
}

/** "anak ke-2", "anak kedua" (the child's order) and "3 bulan" (a length): facts, not reasons. */
function takeCounts(scan: Scan): number | undefined {
  let childOrder: number | undefined;
  scan.words.forEach((w, i) => {
    if (CHILD_WORDS.has(w.norm) && scan.free(i + 1)) {
      const next = scan.words[i + 1]?.norm ?? '';
      const size = next === 'ke' ? 2 : 1;
      const n = parseNumber(scan.words.slice(i + 1, i + 1 + size).map((x) => x.norm).join(' '));
      if (n !== null && Number.isInteger(n) && n >= 1 && n <= 30) {
        childOrder = n;
        scan.take(i, i + 1 + size);
      }
    }
    if ((DURATION_UNITS.has(w.norm) || ['hari', 'hr', 'days'].includes(w.norm)) && scan.free(i) && scan.free(i - 1)) {
      if (parseNumber(scan.words[i - 1]?.norm ?? '') !== null) scan.take(i - 1, i + 1);
    }
  });
  return childOrder;
}

const reasonMarkerAt = (scan: Scan, i: number) =>
  REASON_MARKERS.find((m) => phraseAt(scan.words, m.words, i) && m.words.every((_, k) => scan.free(i + k)) && (!m.label || scan.words[i + m.words.length - 1]?.label));

/** Words from `from` up to a taken word, a reason marker or the end of the clause (or line). */
function runFrom(scan: Scan, from: number, lines: boolean, stopAtReason: boolean): number {
  let to = from;
  while (scan.free(to) && (to === from || !scan.breakBefore(to, lines)) && !(stopAtReason && to > from && reasonMarkerAt(scan, to))) to += 1;
  return to;
}

/** "di Bandung", "alamat: Jl. Merdeka 10, Bogor", "in Bali", "ke Palembang" right after the dates. */
function takeAddress(scan: Scan): string | undefined {
  const { words } = scan;
  for (let i = 0; i < words.length; i += 1) {
    if (!scan.free(i)) continue;
    const marker = ADDRESS_MARKERS.find((m) => phraseAt(words, m.words, i) && m.words.every((_, k) => scan.free(i + k)));
    const destination = !marker && words[i]?.norm === DESTINATION_WORD && (i === 0 || !scan.free(i - 1) || scan.breakBefore(i));
    if (!marker && !destination) continue;
    let from = i + (marker ? marker.words.length : 1);
    if (marker?.toLine && words[from]?.norm === 'di') from += 1;
    if (!scan.free(from) || ((marker?.named || destination) && !words[from]?.named)) continue;
    let to: number;
    if (marker?.named || destination) {
      to = from;
      while (scan.free(to) && words[to]?.named && (to === from || !scan.breakBefore(to))) to += 1;
    } else {
      to = runFrom(scan, from, marker?.toLine ?? false, true);
    }
    const address = textBetween(scan.text, words, from, to);
    if (!address) continue;
    scan.take(i, to);
    return address;
  }
  return undefined;
}

function trimPolite(scan: Scan, from: number, to: number): number {
  let end = to;
  while (end > from && POLITE_ENDINGS.has(scan.words[end - 1]?.norm ?? '')) end -= 1;
  return end;
}

/** "utk nikahan adik", "karena ada acara keluarga", "alasan: pribadi", "for my sister's wedding". */
function markedReason(scan: Scan): string | undefined {
  for (let i = 0; i < scan.words.length; i += 1) {
    const marker = reasonMarkerAt(scan, i);
    if (!marker) continue;
    const from = i + marker.words.length;
    const to = trimPolite(scan, from, runFrom(scan, from, Boolean(marker.label), false));
    const reason = textBetween(scan.text, scan.words, from, to);
    if (reason) {
      scan.take(i, to);
      return reason;
    }
  }
  return undefined;
}

/** The clauses of the message, as word index ranges. */
function clauses(scan: Scan): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  let from = 0;
  scan.words.forEach((w, i) => {
    if (w.clauseEnd || w.lineEnd || i === scan.words.length - 1) {
      list.push([from, i + 1]);
      from = i + 1;
    }
  });
  return list;
}

/** A reason written without a marker: the first clause with words left that are not politeness ("..., acara keluarga di Bandung"). */
function leftoverReason(scan: Scan): string | undefined {
  for (const [from, to] of clauses(scan)) {
    const clause = scan.words.slice(from, to);
    const said = ` ${clause.map((w) => w.norm).join(' ')} `;
    if (DOCUMENT_PHRASES.some((phrase) => said.includes(` ${phrase} `))) continue;
    for (let i = from; i < to; i += 1) {
      if (!scan.free(i)) continue;
      let end = i;
      while (end < to && scan.free(end)) end += 1;
      let start = i;
      while (start < end && STOP_WORDS.has(scan.words[start]?.norm ?? '')) start += 1;
      while (end > start && STOP_WORDS.has(scan.words[end - 1]?.norm ?? '')) end -= 1;
      const only = end - start === 1 ? scan.words[start]?.norm : undefined;
      const reason = only !== undefined && IMPLIED_WORDS.has(only) ? undefined : textBetween(scan.text, scan.words, start, end);
      if (reason) return reason;
      i = end > i ? end : i;
    }
  }
  return undefined;
}

/**
 * Reads a leave request written in one message, Indonesian or English, as
 * people type it: "izin cuti tgl 14 sd 16 des utk nikahan adik", "sakit dari
 * kemarin, surat dokter nyusul", "annual leave dec 14 to 16 for my sister's
 * wedding". Dates are read relative to `today` (the Asia/Jakarta day of the
 * turn). Null when the message is not about taking leave, or asks about it
 * ("sisa cuti saya berapa?"); the slots it could fill otherwise. Within a
 * request already under way (`withinRequest`) no leave word is needed.
 */
export function readLeaveMessage(text: string, today: IsoDay, options: { withinRequest?: boolean } = {}): LeaveMessageSlots | null {
  if (text.length > MAX_LENGTH) return null;
  const prepared = prepareMessage(text, today);
  const scan = new Scan(prepared, messageWords(prepared));
  if (scan.words.length === 0 || scan.words.some((w) => QUESTION_WORDS.has(w.norm))) return null;
  const half = takeHalfDay(scan);
  const dates = takeDates(scan, today);
  const typeReading = readLeaveType(scan.words, scan.taken);
  for (const i of typeReading?.words ?? []) scan.take(i, i + 1);
  const asked = options.withinRequest === true || typeReading !== null || half.half === true || scan.words.some((w) => LEAVE_WORDS.has(w.norm));
  if (!asked) return null;
  const childOrder = takeCounts(scan);
  const address = takeAddress(scan);
  const reason = markedReason(scan) ?? leftoverReason(scan);
  const type = typeReading?.type ?? (half.half ? 'CT' : undefined);
  return {
    ...(type ? { type } : {}),
    ...dates,
    ...half,
    ...(reason ? { reason } : {}),
    ...(address ? { address } : {}),
    ...(childOrder ? { childOrder } : {}),
  };
}
