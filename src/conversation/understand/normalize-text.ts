/**
 * Lowercase, strip diacritics, turn everything that is not a letter or a digit
 * (punctuation, emoji, control characters) into a space, collapse spaces.
 * "  Batal!! 🙏 " -> "batal", "Ménu" -> "menu".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of `normalizeText(text)`. */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}
