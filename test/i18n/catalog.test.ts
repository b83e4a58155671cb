import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/messages';

const dir = join(import.meta.dirname, '../../src/i18n/messages');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('merges every catalogue file, and no key is defined twice', async () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(join(dir, file))) as Record<string, Record<string, unknown>>;
      for (const entries of Object.values(module)) {
        for (const key of Object.keys(entries)) {
          if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)} and ${file})`);
          seen.set(key, file);
          expect(catalog[key], `${key} from ${file} is not merged in src/i18n/messages.ts`).toBeDefined();
        }
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has every text in Indonesian and English with the same placeholders', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(entry.id.trim(), `${key} (id)`).not.toBe('');
      expect(entry.en.trim(), `${key} (en)`).not.toBe('');
      expect(placeholders(entry.en), key).toEqual(placeholders(entry.id));
    }
  });
});
