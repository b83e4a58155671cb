import type { AdminActor } from '../admin/admin-actor';

/**
 * One problem in an import. `code` is a message key (src/i18n/messages/admin.ts),
 * `params` fill it. `line` is the 1-based line of the CSV file (the header is
 * line 1) or the 1-based position of the row in a JSON array.
 */
export interface ImportRowError {
  line: number;
  code: string;
  params: Record<string, string | number>;
}

export type ImportAction = 'create' | 'update' | 'deactivate' | 'remove' | 'unchanged';

/** What the import does (or would do) to one record. `line` is null for rows that came from elsewhere (pre-filled holidays). */
export interface ImportRowChange {
  line: number | null;
  key: string;
  action: ImportAction;
  /** The fields that change, for updates. */
  fields?: string[];
}

export interface ImportSummary {
  created: number;
  updated: number;
  deactivated: number;
  /** Holidays only: days dropped from the year because the imported table no longer lists them. */
  removed: number;
  unchanged: number;
}

export type ImportOutcome =
  | { ok: true; dryRun: boolean; summary: ImportSummary; changes: ImportRowChange[] }
  | { ok: false; errors: ImportRowError[] };

export interface ImportOptions {
  dryRun: boolean;
  actor: AdminActor;
}

/** A row as read from the file: canonical field names, trimmed text, blanks as null; absent keys were not provided. */
export interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

/** A row that passed its schema. */
export interface ParsedRow<T> {
  line: number;
  row: T;
}

export function rowError(line: number, code: string, params: Record<string, string | number> = {}): ImportRowError {
  return { line, code, params };
}

export function summarize(changes: readonly ImportRowChange[]): ImportSummary {
  const count = (action: ImportAction) => changes.filter((c) => c.action === action).length;
  return {
    created: count('create'),
    updated: count('update'),
    deactivated: count('deactivate'),
    removed: count('remove'),
    unchanged: count('unchanged'),
  };
}
