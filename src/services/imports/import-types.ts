import { type AdminActor, auditActor } from '../admin/admin-actor';
import type { AuditEntry } from '../audit';

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

/** Who an import's audit rows name when it is not an admin token's owner: an HR officer in the console. */
export type ImportAuditActor = Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'>;

export interface ImportOptions {
  dryRun: boolean;
  /** The admin token's owner (admin API) or the person as the console names them (consoleActor). */
  actor: AdminActor | ImportAuditActor;
}

/** The audit actor of an import, whichever way it came: an admin token or the console. */
export function importAuditActor(actor: ImportOptions['actor']): ImportAuditActor {
  return 'actorType' in actor ? actor : auditActor(actor);
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
