/**
 * A name shown where strangers may read it (the verification page): each
 * word keeps its first letter or digit, the others are starred, punctuation
 * stays. "Siti Rahmawati, S.Kom." -> "S*** R********, S.***." Enough to tell
 * whether a slip is about the person in front of you, not to look anyone up.
 */
export function maskName(name: string): string {
  return name.trim().split(/\s+/).map(maskWord).join(' ');
}

function maskWord(word: string): string {
  let first = true;
  return [...word]
    .map((char) => {
      if (!/[\p{L}\p{N}]/u.test(char)) return char;
      if (!first) return '*';
      first = false;
      return char;
    })
    .join('');
}
