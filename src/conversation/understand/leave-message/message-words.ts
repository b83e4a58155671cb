import { normalizeText } from '../normalize-text';
import { ABBREVIATIONS } from './leave-words';

/** One word of a message as typed, with where it sits and what follows it. */
export interface MessageWord {
  /** As typed, punctuation included ("des,", "Jl."). */
  raw: string;
  /** normalizeText of `raw`: "" for an emoji. */
  norm: string;
  /** Offsets of the word in the (prepared) text, without the punctuation that ends it. */
  from: number;
  to: number;
  /** A comma, full stop, semicolon, ! or ? ends the clause after this word. */
  clauseEnd: boolean;
  /** A line break follows. */
  lineEnd: boolean;
  /** Ends with a colon: a label ("alasan:"). */
  label: boolean;
  /** Starts with a capital letter or digit: a name ("Bandung", "RS"). */
  named: boolean;
}

const TRAILING = /[,;.!?:)"']+$/;

/** Splits a prepared message into words; clause and line ends are marked on the word before them. */
export function messageWords(text: string): MessageWord[] {
  const words: MessageWord[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? '';
    const body = raw.slice(0, raw.length - trailing.length);
    const norm = normalizeText(body);
    const after = text.slice(m.index + raw.length).match(/^\s*/)?.[0] ?? '';
    const stop = trailing.includes('.') && !ABBREVIATIONS.has(norm) && !/^\d+$/.test(norm);
    words.push({
      raw,
      norm,
      from: m.index,
      to: m.index + body.length,
      clauseEnd: /[,;!?]/.test(trailing) || stop,
      lineEnd: after.includes('\n'),
      label: trailing.includes(':'),
      named: /^[\p{Lu}\p{N}]/u.test(body),
    });
  }
  return words;
}
