import { matchKeyword } from './match-keyword';
import { normalizedWords } from './normalize-text';

/** What a greeting or a courtesy says, as SAPA answers it. */
export type SmallTalk = 'salam' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'hello' | 'thanks' | 'ack';

/** Phrases of each kind, Indonesian and English, matched word by word with small typos forgiven. */
const PHRASES: Readonly<Record<SmallTalk, readonly string[]>> = {
  salam: ['assalamualaikum', 'assalamu alaikum', 'asalamualaikum', 'assalamu alaikum wr wb', 'aslm', 'ass wr wb'],
  morning: ['pagi', 'selamat pagi', 'met pagi', 'good morning', 'morning'],
  noon: ['siang', 'selamat siang', 'met siang'],
  afternoon: ['sore', 'selamat sore', 'met sore', 'good afternoon', 'afternoon'],
  evening: ['malam', 'selamat malam', 'met malam', 'good evening', 'evening'],
  hello: ['halo', 'hallo', 'hai', 'hay', 'hei', 'hey', 'hi', 'hello', 'helo', 'permisi', 'punten', 'excuse me', 'p', 'salam', 'salam sejahtera', 'shalom', 'om swastiastu'],
  thanks: ['terima kasih', 'terimakasih', 'makasih', 'makasi', 'mksh', 'trims', 'tks', 'thanks', 'thank you', 'thx', 'tq', 'ty', 'nuhun', 'matur nuwun', 'suwun'],
  ack: ['ok', 'oke', 'okay', 'okey', 'okee', 'okeh', 'oce', 'siap', 'sip', 'baik', 'baiklah', 'mantap', 'mantab', 'noted', 'sudah', 'cukup', 'alright', 'sure', 'fine', 'great', 'cool', 'good'],
};

/** Words said around a greeting that carry nothing: who is addressed, particles, "very". */
const FILLERS = new Set([
  'pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'mba', 'kak', 'kakak', 'dik', 'bang', 'min', 'admin', 'sapa', 'bot', 'semua', 'all',
  'ya', 'yah', 'yaa', 'nih', 'dong', 'deh', 'lah', 'kok', 'nggih', 'ka', 'banyak', 'sekali', 'much', 'so', 'very', 'you', 'sir', 'madam', 'there',
  'wr', 'wb', 'warahmatullahi', 'wabarakatuh', 'warahmatullah', 'wa', 'and',
]);

/** Emoji people send as a whole message: a thumb or an OK is a nod, folded hands a thanks, a wave a hello. */
const EMOJI: ReadonlyArray<[RegExp, SmallTalk]> = [
  [/^(?:[👍👌✅🆗]\p{M}*[\u{1F3FB}-\u{1F3FF}]?\s*)+$/u, 'ack'],
  [/^(?:🙏[\u{1F3FB}-\u{1F3FF}]?\s*)+$/u, 'thanks'],
  [/^(?:👋[\u{1F3FB}-\u{1F3FF}]?\s*)+$/u, 'hello'],
  [/^(?:[🙂😊😀😁😄☺️]\s*)+$/u, 'ack'],
];

/** When one message mixes kinds ("halo, terima kasih"), the answer follows the first that ranks here. */
const RANK: readonly SmallTalk[] = ['thanks', 'salam', 'morning', 'noon', 'afternoon', 'evening', 'hello', 'ack'];
const LONGEST_PHRASE = 4;
const MAX_LENGTH = 80;

export interface SmallTalkReading {
  /** What the greeting or courtesy says, or null when the message has none at its start. */
  kind: SmallTalk | null;
  /** The words after it (normalized), '' when the whole message was small talk. */
  rest: string;
}

/** The longest phrase of small talk at `words[from]`, as [kind, words used], or null. */
function phraseAt(words: readonly string[], from: number): [SmallTalk, number] | null {
  for (let size = Math.min(LONGEST_PHRASE, words.length - from); size >= 1; size -= 1) {
    const phrase = words.slice(from, from + size).join(' ');
    // Two-letter words ("ok", "hi", "tq") must be exact: a typo there is another word.
    const kind = phrase.length <= 2 ? exactKind(phrase) : (matchKeyword(phrase, PHRASES) as SmallTalk | null);
    if (kind) return [kind, size];
  }
  return null;
}

function exactKind(phrase: string): SmallTalk | null {
  for (const kind of RANK) if (PHRASES[kind].includes(phrase)) return kind;
  return null;
}

/**
 * Reads greetings and courtesies at the start of a message: "Selamat pagi
 * pak" is `{ kind: 'morning', rest: '' }`, "halo, saldo" is
 * `{ kind: 'hello', rest: 'saldo' }`, "saya mau cuti" has no small talk.
 * Words that only address someone (pak, bu, min) or soften (ya, dong) are
 * skipped between the phrases.
 */
export function readSmallTalk(text: string): SmallTalkReading {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) return { kind: null, rest: '' };
  for (const [pattern, kind] of EMOJI) if (pattern.test(trimmed)) return { kind, rest: '' };
  const words = normalizedWords(trimmed);
  const kinds: SmallTalk[] = [];
  let at = 0;
  while (at < words.length) {
    if (FILLERS.has(words[at]!) && kinds.length > 0) {
      at += 1;
      continue;
    }
    const found = phraseAt(words, at);
    if (!found) break;
    kinds.push(found[0]);
    at += found[1];
  }
  const kind = RANK.find((k) => kinds.includes(k)) ?? null;
  return { kind, rest: kind ? words.slice(at).join(' ') : '' };
}

/** The kind of small talk when it is the whole message, else null. */
export function smallTalkOf(text: string): SmallTalk | null {
  const reading = readSmallTalk(text);
  return reading.rest === '' ? reading.kind : null;
}

/** SAPA's answer to small talk (catalogue `small_talk.<kind>`), addressed to `name` when known. */
export function smallTalkReply(kind: SmallTalk, t: (key: string, params?: Record<string, string>) => string, name?: string): string {
  return t(`small_talk.${kind}`, { to: name ? `, ${name}` : '' });
}

/** After thanks or a nod the person has been helped already: "anything else?" rather than "what can I do?". */
export const smallTalkQuestion = (kind: SmallTalk): string => (kind === 'thanks' || kind === 'ack' ? 'small_talk.ask_more' : 'small_talk.ask');
