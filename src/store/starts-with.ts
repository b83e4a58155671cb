/**
 * A Prisma string filter for "starts with `prefix`" that an index on the
 * column can seek: the range [prefix, prefix's successor) bounds the read on
 * the B-tree in both databases, where a LIKE alone does not (SQLite's LIKE
 * ignores case, PostgreSQL plans a bound LIKE pattern without the index);
 * `startsWith` keeps the match exact whatever the column's collation.
 */
export function startsWithIndexed(prefix: string): { gte?: string; lt?: string; startsWith?: string } {
  const end = successor(prefix);
  if (end === null) return prefix === '' ? {} : { gte: prefix, startsWith: prefix };
  return { gte: prefix, lt: end, startsWith: prefix };
}

/** The least string above every string that starts with `prefix` (null: none, or the prefix is empty). */
function successor(prefix: string): string | null {
  for (let i = prefix.length - 1; i >= 0; i -= 1) {
    const code = prefix.charCodeAt(i);
    if (code < 0xffff) return prefix.slice(0, i) + String.fromCharCode(code + 1);
  }
  return null;
}
