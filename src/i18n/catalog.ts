import type { Language } from '../domain/language';

/**
 * A message catalogue: one entry per key, a text per language. Placeholders are
 * written {name} and filled by `translate`.
 */
export type CatalogEntry = Readonly<Record<Language, string>>;
export type Catalog = Readonly<Record<string, CatalogEntry>>;

export function defineCatalog<const T extends Record<string, CatalogEntry>>(entries: T): T {
  return entries;
}
