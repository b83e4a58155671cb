import type { LeaveTypeCode } from '../../../domain/leave';
import { EXPLICIT_TYPE_PHRASES, IMPLIED_TYPE_PHRASES, NOT_THE_EMPLOYEE } from './leave-words';
import { findPhrase } from './match-phrase';
import type { MessageWord } from './message-words';

/** The type named in the message, and the words naming it (empty when only implied: those words are the reason). */
export interface TypeReading {
  type: LeaveTypeCode;
  words: number[];
}

/** "anak sakit", "rumah sakit": the word is about someone or something else. */
function aboutSomeoneElse(words: readonly MessageWord[], at: number): boolean {
  return [at - 1, at - 2].some((i) => NOT_THE_EMPLOYEE.has(words[i]?.norm ?? ''));
}

function earliest(words: readonly MessageWord[], taken: readonly boolean[], phrases: typeof EXPLICIT_TYPE_PHRASES, implied: boolean) {
  let best: { type: LeaveTypeCode; at: number; length: number } | null = null;
  for (const [type, phrase] of phrases) {
    for (let at = findPhrase(words, phrase, taken); at >= 0; at = findPhrase(words, phrase, taken, at + 1)) {
      if (implied && type === 'CS' && aboutSomeoneElse(words, at)) continue;
      if (!best || at < best.at || (at === best.at && phrase.length > best.length)) best = { type, at, length: phrase.length };
      break;
    }
  }
  return best;
}

/**
 * The leave type a message names ("cuti tahunan", "ct", "sick leave", with
 * typos) or implies ("ibu saya meninggal" is leave for an important reason,
 * "saya sakit" sick leave). A named type wins over an implied one; between
 * two named, the first.
 */
export function readLeaveType(words: readonly MessageWord[], taken: readonly boolean[]): TypeReading | null {
  const named = earliest(words, taken, EXPLICIT_TYPE_PHRASES, false);
  if (named) return { type: named.type, words: Array.from({ length: named.length }, (_, k) => named.at + k) };
  const implied = earliest(words, taken, IMPLIED_TYPE_PHRASES, true);
  return implied ? { type: implied.type, words: [] } : null;
}
