import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Reaching into a library's private state: a cast to `any` or to a made-up
 * shape naming an internal field, bracket access to one, or a Prisma
 * internal (`_engine`, `_activeProvider`, ...). Prisma's own public
 * underscore names (`_count`, `_sum`, `_avg`, `_min`, `_max`, `_all`) are fine.
 */
const PRIVATE_ACCESS: RegExp[] = [
  /\bas\s+any\b/,
  /\bas\s+unknown\s+as\s+\{[^}]*\b(client|adapter|engine|inner|_\w+)\??\s*:/,
  /\[\s*['"`](client|adapter|engine|_\w+|#\w+)['"`]\s*\]/,
  /\._(?!(count|sum|avg|min|max|all)\b)[a-zA-Z]\w*/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** Lines of `text` (comments removed) that reach into private fields, as "line: text". */
function privateAccessLines(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');
  return code
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => PRIVATE_ACCESS.some((re) => re.test(line)))
    .map(({ line, n }) => `${n}: ${line.trim()}`);
}

describe('Prisma through its public interfaces', () => {
  it('no source file reads a private field of Prisma, its adapters or a driver', () => {
    const found = ['src', 'flows'].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) => privateAccessLines(readFileSync(join(root, file), 'utf8')).map((line) => `${file}:${line}`)),
    );
    expect(found).toEqual([]);
  });

  it('the SQLite client runs on SAPA\'s own driver adapter, not a patched copy of Prisma\'s', () => {
    const openSqlite = readFileSync(join(root, 'src/store/dialect/open-sqlite.ts'), 'utf8');
    expect(openSqlite).toMatch(/from '\.\/sqlite-adapter'/);
    expect(openSqlite).not.toMatch(/@prisma\/adapter-better-sqlite3/);
  });

  it('is recognised when someone writes it (the check above can fail)', () => {
    expect(privateAccessLines('onConnect((inner as unknown as { client: object }).client);')).toHaveLength(1);
    expect(privateAccessLines('const sqlite = (tx as any)._activeProvider;')).toHaveLength(1);
    expect(privateAccessLines("const client = adapter['client'];")).toHaveLength(1);
    expect(privateAccessLines('const engine = prisma._engine;')).toHaveLength(1);
    expect(privateAccessLines('const n = await tx.employee.groupBy({ by: ["unitId"], _count: { _all: true } }); rows[0]._count;')).toEqual([]);
    expect(privateAccessLines('// (inner as any).client in a comment is prose')).toEqual([]);
  });
});
