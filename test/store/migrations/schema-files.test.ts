import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFile, projectRoot } from './temp-database';

/** Everything after the `datasource` block: the models, enums and comments. */
function modelBlocks(schema: string): string {
  const datasource = schema.indexOf('datasource db {');
  expect(datasource).toBeGreaterThanOrEqual(0);
  return schema.slice(schema.indexOf('}', datasource) + 1).trim();
}

describe('schema files', () => {
  it('match prisma/models.prisma (schema-sync --check)', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/schema-sync.mjs'), '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('have identical model blocks for SQLite and PostgreSQL', () => {
    const sqlite = modelBlocks(projectFile('prisma/sqlite/schema.prisma'));
    const postgresql = modelBlocks(projectFile('prisma/postgresql/schema.prisma'));
    expect(sqlite.length).toBeGreaterThan(0);
    expect(sqlite).toBe(postgresql);
    expect(sqlite).toBe(projectFile('prisma/models.prisma').trim());
  });

  it('each declare only their own provider', () => {
    expect(projectFile('prisma/sqlite/schema.prisma')).toMatch(/provider = "sqlite"/);
    expect(projectFile('prisma/postgresql/schema.prisma')).toMatch(/provider = "postgresql"/);
  });
});
