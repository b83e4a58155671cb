import type { Tx } from '../../store/database';
import type { Dialect } from '../../store/dialect/dialect';

/** What is kept of one version of the rules: each part (the unit policies, the authority context) loaded on first use. */
interface Kept {
  version: string;
  parts: Map<string, Promise<unknown>>;
}

/** Per opened database (its dialect is one object per `openDatabase`), so two databases in one process never share. */
const keptOf = new WeakMap<Dialect, Kept>();

/**
 * `load(tx)`'s result, kept per process and database while the RulesVersion
 * row stays the same: the database writes a new token there, by trigger, in
 * every transaction that changes what the rules read, so a call reads that
 * one row instead of the rules' tables, and sees another process's change in
 * its next transaction. A token is never reused (a rolled-back write's
 * is not seen again), so what a transaction loads after its own write stays
 * its own. A load that throws is not kept, and a caller that shared another
 * transaction's load which threw (that transaction failed) loads in its own.
 */
export async function cachedRules<T>(tx: Tx, part: string, load: (tx: Tx) => Promise<T>): Promise<T> {
  const version = await tx.$dialect.reads.rulesVersion(tx);
  if (version === null) return load(tx);
  let kept = keptOf.get(tx.$dialect);
  if (kept?.version !== version) {
    kept = { version, parts: new Map() };
    keptOf.set(tx.$dialect, kept);
  }
  const known = kept.parts.get(part);
  if (known) return (known as Promise<T>).catch(() => load(tx));
  const loading = load(tx);
  const { parts } = kept;
  parts.set(part, loading);
  loading.catch(() => {
    if (parts.get(part) === loading) parts.delete(part);
  });
  return loading;
}
