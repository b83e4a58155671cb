/**
 * Keys of audit data that hold what a person wrote or a file was called
 * (reasons, notes, old and new values of a profile change, file names, token
 * names, chat labels): what an old audit row loses, while who, what, when
 * and which record stay.
 */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'reason', 'note', 'text', 'oldValue', 'newValue', 'value', 'fileName', 'name', 'address', 'phone', 'chat', 'caption', 'error', 'message',
]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!FREE_TEXT_KEYS.has(key)) kept[key] = strip(inner);
  return kept;
}

/** Audit data without its free text (FREE_TEXT_KEYS at any depth), or null when nothing needed removing. */
export function stripFreeText(data: unknown): Record<string, unknown> | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const stripped = strip(data) as Record<string, unknown>;
  return JSON.stringify(stripped) === JSON.stringify(data) ? null : stripped;
}
