const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/**
 * A catalogue text (which marks bold as *word*) as Telegram HTML. Everything
 * is escaped first, so a name or reason typed by someone can never break the
 * formatting (the legacy Markdown mode fails on a stray _ or *); a pair of
 * asterisks on one line becomes bold, an unpaired one stays as it is.
 */
export function toTelegramHtml(text: string): string {
  return escapeHtml(text).replace(/\*([^*\n]+)\*/g, '<b>$1</b>');
}

/** The same text without markup, for places that take no formatting. */
export function toPlainText(text: string): string {
  return text.replace(/\*([^*\n]+)\*/g, '$1');
}
