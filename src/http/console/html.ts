/**
 * The console's templates: `html` is a tagged template that escapes every
 * value put into it (text and attribute values alike) unless the value is
 * already `SafeHtml`, i.e. made by `html` itself. Values are typed: a
 * template accepts text, numbers, SafeHtml, lists of them and nothing
 * (null, undefined, false), so an object cannot slip in unescaped, and there
 * is no way to insert a raw string but `trustedHtml` (for the few fixed
 * strings of this module, never for data).
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i]!) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** A fixed string of this module's own (a style sheet): never pass data through it. */
export function trustedHtml(fixed: string): SafeHtml {
  return new SafeHtml(fixed);
}

/** A path under /hr with its query (values encoded; empty ones left out). */
export function hrHref(path: string, query: Record<string, string | number | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const q = params.toString();
  return `/hr${path}${q ? `?${q}` : ''}`;
}
