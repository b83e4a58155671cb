import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { Provider } from '../database';

/**
 * The nearest folder above this module that holds package.json: the project
 * root both from src/store/migrations/ (tsx, tests) and from the dist/ bundle.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export const migrationFileName = 'migration.sql';
export const lockFileName = 'migration_lock.toml';

/** `prisma/<provider>/migrations` of this project, or under `root` when given. */
export function migrationsDirectory(provider: Provider, root: string = projectRoot): string {
  return join(root, 'prisma', provider, 'migrations');
}

/** Names of the migration folders, oldest first (the order Prisma applies them); none when the folder is absent. */
export async function listMigrationNames(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}

/** The folder read the way `prisma migrate` hands it to the schema engine. */
export async function readMigrationList(directory: string): Promise<MigrationList> {
  const names = await listMigrationNames(directory);
  const lockContent = await readFile(join(directory, lockFileName), 'utf8').catch(() => null);
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: migrationFileName,
        content: await readFile(join(directory, name, migrationFileName), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: directory,
    lockfile: { path: lockFileName, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
