import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Where SQL may be written: the dialects (src/store/dialect/), the migration
 * tooling (src/store/migrations/: the schema engine's own table and lock,
 * per provider by nature), and the one place that picks the dialect from
 * the URL (src/store/database.ts, database-url.ts).
 */
const ALLOWED = ['src/store/dialect/', 'src/store/migrations/', 'src/store/database.ts', 'src/store/database-url.ts'];

/** Raw SQL: Prisma's raw calls, SQL built by hand, statements on a driver's connection, and the provider-specific words. */
const RAW_SQL: RegExp[] = [
  /\$(query|execute)Raw(Unsafe)?\b/,
  /\bPrisma\.(sql|raw|join|Sql)\b/,
  /\.(prepare|exec)\(\s*[`'"]/,
  /\b(INSERT INTO|DELETE FROM|FOR UPDATE|SKIP LOCKED|ON CONFLICT|RETURNING|SAVEPOINT|PRAGMA|json_each|json_extract|jsonb_\w+|pg_\w*advisory\w*|hashtext\w*)\b/,
  /\bUPDATE "\w+" SET\b/,
  /\bSELECT\b[^;]*\bFROM "\w+"/,
];

/** Code that asks which database it runs on. */
const PROVIDER_BRANCH: RegExp[] = [/\bprovider\s*[!=]==?/, /[!=]==?\s*'(sqlite|postgresql|postgres)'/, /_activeProvider/, /\bdb\.sqlite\b/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** Lines of `text` (comments removed) that hold raw SQL or a provider branch, as "line: text". */
export function providerSpecificLines(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');
  return code
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => [...RAW_SQL, ...PROVIDER_BRANCH].some((re) => re.test(line)))
    .map(({ line, n }) => `${n}: ${line.trim()}`);
}

describe('provider-specific SQL', () => {
  it('lives only in the dialects: no raw SQL and no provider branch anywhere else in src/', () => {
    const found = sourceFiles(join(root, 'src'))
      .filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))
      .flatMap((file) => providerSpecificLines(readFileSync(join(root, file), 'utf8')).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('is recognised when someone writes it (the check above can fail)', () => {
    expect(providerSpecificLines('await tx.$executeRaw`UPDATE "Employee" SET "name" = "name"`;')).toHaveLength(1);
    expect(providerSpecificLines("const rows = await db.prisma.$queryRawUnsafe('SELECT 1');")).toHaveLength(1);
    expect(providerSpecificLines("if (db.provider === 'postgresql') lock();")).toHaveLength(1);
    expect(providerSpecificLines("const sqlite = (tx as any)._activeProvider === 'sqlite';")).toHaveLength(1);
    expect(providerSpecificLines('connection.exec(`SAVEPOINT unit`);')).toHaveLength(1);
    expect(providerSpecificLines('const sql = `INSERT INTO "OutboxMessage" ("channel") VALUES (?) ON CONFLICT DO NOTHING`;')).toHaveLength(1);
    expect(providerSpecificLines("// SAVEPOINT in a comment is prose\nconst ok = tx.outboxMessage.createMany({ data });")).toEqual([]);
  });
});
