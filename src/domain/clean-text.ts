/**
 * Control characters nobody means to type: C0 controls except tab, line feed
 * and carriage return, DEL, and the C1 controls. PostgreSQL refuses NUL in
 * text outright; the others end up in names, notes and CSV exports.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** `text` without control characters (tab and line breaks are kept). */
export function cleanText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** A data record: `{}`, or a dictionary without Object's prototype (Fastify's parsed query and params are). */
function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * The same data with `cleanText` applied to every string in it, object keys
 * included, through plain objects and arrays. Anything else (a Buffer, a
 * Date) is passed through untouched. Used once at each boundary where text
 * comes in: the conversation engine (every channel) and the admin API.
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanStrings(item)) as T;
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanStrings(item)])) as T;
  }
  return value;
}
