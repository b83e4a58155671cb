import type { DiffTarget, MigrationList } from '@prisma/schema-engine-wasm';
import { noSchemaFilter, type SchemaEngineSession } from './schema-engine';

/** A Prisma schema file's text and the path it is reported under. */
export interface SchemaFile {
  readonly path: string;
  readonly content: string;
}

/**
 * The SQL that takes a database built by `migrations` (replayed on a shadow
 * database; none means an empty database) to `schema`, or null when nothing
 * differs.
 */
export function diffMigrationsToSchema(
  session: SchemaEngineSession,
  migrations: MigrationList,
  schema: SchemaFile,
): Promise<string | null> {
  return diff(session, { tag: 'migrations', ...migrations }, { tag: 'schemaDatamodel', files: [schema] }, true);
}

/** The SQL that takes the session's live database to `schema`, or null when nothing differs. */
export function diffDatabaseToSchema(session: SchemaEngineSession, schema: SchemaFile): Promise<string | null> {
  const live: DiffTarget = { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() };
  return diff(session, live, { tag: 'schemaDatamodel', files: [schema] }, true);
}

/**
 * A readable summary of how the live database differs from what `migrations`
 * build (drift), or null when it does not. `schema` only names the provider.
 */
export function diffMigrationsToDatabase(
  session: SchemaEngineSession,
  migrations: MigrationList,
  schema: SchemaFile,
): Promise<string | null> {
  const live: DiffTarget = { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() };
  return diff(session, { tag: 'migrations', ...migrations }, live, false);
}

async function diff(session: SchemaEngineSession, from: DiffTarget, to: DiffTarget, script: boolean): Promise<string | null> {
  const result = await session.run((engine) => engine.diff({ from, to, script, exitCode: true, filters: noSchemaFilter }));
  // With exitCode set, the engine answers 2 when the two sides differ.
  return result.exitCode === 2 ? (result.stdout ?? '') : null;
}
