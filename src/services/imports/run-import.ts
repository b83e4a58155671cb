import type { z } from 'zod';
import type { Database, Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { importAuditActor, type ImportOptions, type ImportOutcome, type ImportRowChange, type ImportRowError, type ParsedRow, summarize } from './import-types';
import { parseRows } from './parse-rows';
import { type ColumnSpec, readImportRows } from './read-import-rows';

export type Planned<P> = { errors: ImportRowError[]; plan: P; changes: ImportRowChange[] };

/** One kind of import: how to read and check its rows, and how to write them. */
export interface ImportJob<S extends z.ZodType, State, Plan> {
  /** "employees", "org_units", ...: the audit action is `import.<kind>`. */
  kind: string;
  columns: ColumnSpec;
  schema: S;
  allowEmpty?: boolean;
  load(tx: Tx): Promise<State>;
  /** Pure: every problem of the rows against the state, and what would change. */
  plan(rows: ParsedRow<z.output<S>>[], state: State): Planned<Plan>;
  /** Writes the plan; `options.actor` is who the import's own audit rows name. */
  apply(tx: Tx, plan: Plan, state: State, options: ImportOptions): Promise<void>;
}

const byLine = (a: ImportRowError, b: ImportRowError) => a.line - b.line;

/**
 * Runs an import all or nothing: every row is read and checked first (all
 * errors reported, by line), and only a clean file is written, in one
 * transaction, with one audit row. A dry run reports the changes and writes
 * nothing.
 */
export async function runImport<S extends z.ZodType, State, Plan>(
  db: Database,
  job: ImportJob<S, State, Plan>,
  body: unknown,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const read = readImportRows(body, job.columns, { allowEmpty: job.allowEmpty ?? false });
  if (!read.ok) return { ok: false, errors: read.errors.sort(byLine) };
  const { parsed, errors: fieldErrors } = parseRows(read.rows, job.schema);
  return db.prisma.$transaction(
    async (tx): Promise<ImportOutcome> => {
      const state = await job.load(tx);
      const planned = job.plan(parsed, state);
      const errors = [...fieldErrors, ...planned.errors];
      if (errors.length > 0) return { ok: false, errors: errors.sort(byLine) };
      const changes = planned.changes;
      const summary = summarize(changes);
      if (!options.dryRun) {
        await job.apply(tx, planned.plan, state, options);
        await writeAudit(tx, {
          ...importAuditActor(options.actor),
          action: `import.${job.kind}`,
          entity: 'Import',
          entityId: job.kind,
          data: {
            summary,
            changed: changes.filter((c) => c.action !== 'unchanged').map((c) => `${c.action} ${c.key}`),
          },
        });
      }
      return { ok: true, dryRun: options.dryRun, summary, changes: changes.filter((c) => c.action !== 'unchanged') };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
