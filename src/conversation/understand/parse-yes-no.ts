import { normalizedWords } from './normalize-text';

/** Stored with repeated letters collapsed, as `collapseRepeats` leaves them. */
const YES = new Set(['ya', 'iya', 'y', 'ok', 'oke', 'okay', 'okey', 'setuju', 'benar', 'betul', 'bener', 'boleh', 'sip', 'siap', 'yes', 'yeah', 'yep', 'yup', 'sure', 'corect']);
const NO = new Set(['tidak', 'tdk', 'tak', 'gak', 'ga', 'gk', 'ngak', 'nga', 'engak', 'enga', 'jangan', 'bukan', 'no', 'n', 'nope', 'not']);
/** Words that may accompany a yes or a no without changing it ("iya kak", "no thanks"). */
const FILLERS = new Set(['kak', 'pak', 'bu', 'mas', 'mbak', 'bang', 'dong', 'deh', 'sih', 'aja', 'saja', 'terima', 'kasih', 'makasih', 'please', 'pls', 'thanks', 'thank', 'you']);

const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u{1F44D}|\u2705|\u2714/gu, ' ya '],
  [/\u{1F44E}|\u274C|\u274E/gu, ' tidak '],
];

/** "iyaaa" -> "iya", "nggak" -> "ngak", "okee" -> "oke". */
function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * true for a yes ("ya", "iya kak", "oke", "setuju", "yes", "sure", a thumbs
 * up), false for a no ("tidak", "gak", "nggak", "tdk", "no", "n"), null for
 * anything else, including a mix of both ("tidak benar" is null). "batal" is
 * not a no: it is the global cancel word and is handled before any question.
 */
export function parseYesNo(text: string): boolean | null {
  const withEmoji = EMOJI_WORDS.reduce((acc, [pattern, word]) => acc.replace(pattern, word), text);
  let yes = false;
  let no = false;
  for (const word of normalizedWords(withEmoji).map(collapseRepeats)) {
    if (YES.has(word)) yes = true;
    else if (NO.has(word)) no = true;
    else if (!FILLERS.has(word)) return null;
  }
  return yes === no ? null : yes;
}
