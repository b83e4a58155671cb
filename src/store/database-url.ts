import { resolve } from 'node:path';
import type { Provider } from './database';

/** The provider a database URL names: `file:` is SQLite, anything else PostgreSQL. */
export function providerOf(url: string): Provider {
  return url.startsWith('file:') ? 'sqlite' : 'postgresql';
}

/** Absolute path of a `file:` URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}
