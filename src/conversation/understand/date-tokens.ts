import { FILLER_WORDS } from './calendar-words';

/** A piece of a date text: "12", "des", "12/12/2026", or a range connector. */
export type DateToken =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'numeric-date'; text: string; day: number; month: number; year?: number }
  | { kind: 'word'; text: string }
  | { kind: 'to'; text: string }
  | { kind: 'other'; text: string };

/** "s.d.", "s/d", "sampai (dengan)", "hingga", "until", "to", ... and dashes: all mean "up to". */
const CONNECTORS = /(?<![a-z])(?:s\s*[./]\s*d\.?|sd|sampai dengan|sampai|sampe|hingga|until|till|through|thru|to)(?![a-z])/g;

type Rule = readonly [RegExp, (m: RegExpExecArray) => DateToken];

const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/**
 * Tried in order at each position; sticky so each must match right there.
 * Built per call because a sticky RegExp carries its position in `lastIndex`.
 */
const makeRules = (): readonly Rule[] => [
  // 2026-12-12, 2026/12/12
  [/(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/])/y, (m) => ({ kind: 'numeric-date', text: m[0], year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) })],
  // 12/12/2026, 12-12-2026, 12.12.2026, 12/12/26
  [/(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/y, (m) => ({ kind: 'numeric-date', text: m[0], day: Number(m[1]), month: Number(m[3]), year: fullYear(m[4] ?? '') })],
  // 12/12 (the year is inferred)
  [/(?<!\d)(\d{1,2})\/(\d{1,2})(?![\d/])/y, (m) => ({ kind: 'numeric-date', text: m[0], day: Number(m[1]), month: Number(m[2]) })],
  [/\d+/y, (m) => ({ kind: 'number', text: m[0], value: Number(m[0]) })],
  [/[a-z]+/y, (m) => ({ kind: 'word', text: m[0] })],
  [/[~-]/y, (m) => ({ kind: 'to', text: m[0] })],
  [/[\p{L}\p{N}]+|\//uy, (m) => ({ kind: 'other', text: m[0] })],
];

function prepare(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['`\u2018\u2019\u02BC]/g, '') // jum'at
    .replace(/[\u2010-\u2015\u2212]/g, '-') // en and em dashes
    .replace(/(\d)(?:st|nd|rd|th)(?![a-z])/g, '$1') // 12th
    .replace(CONNECTORS, ' ~ ');
}

/**
 * Splits a date text into tokens, dropping filler words ("tanggal", "mulai",
 * "the"), punctuation, emoji and spaces. Letters of other scripts and stray
 * slashes become `other` tokens, which no date pattern accepts.
 */
export function tokenizeDateText(text: string): DateToken[] {
  const source = prepare(text);
  const rules = makeRules();
  const tokens: DateToken[] = [];
  let at = 0;
  while (at < source.length) {
    let matched = false;
    for (const [pattern, build] of rules) {
      pattern.lastIndex = at;
      const m = pattern.exec(source);
      if (!m) continue;
      const token = build(m);
      if (!(token.kind === 'word' && FILLER_WORDS.has(token.text))) tokens.push(token);
      at = pattern.lastIndex;
      matched = true;
      break;
    }
    if (!matched) at += 1;
  }
  return tokens;
}
