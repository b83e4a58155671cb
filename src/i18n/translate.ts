import type { Language } from '../domain/language';
import type { Catalog } from './catalog';
import { catalog } from './messages';

export type Params = Readonly<Record<string, string | number>>;

export function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The text of `key` in `lang`, falling back to Indonesian, then to the key. */
export function translate(lang: Language, key: string, params: Params = {}, from: Catalog = catalog): string {
  const entry = from[key];
  if (!entry) return key;
  return fill(entry[lang] ?? entry.id, params);
}

export function hasMessage(key: string, from: Catalog = catalog): boolean {
  return key in from;
}
