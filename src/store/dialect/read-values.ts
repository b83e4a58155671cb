/*
 * What the fixed reads share: placeholders for lists, and values as the
 * drivers give them converted to what Prisma would.
 */

/** `?, ?, ?` for a list of `n`. */
export function list(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * An `IN` list of ids as placeholders and values, its length rounded up to a
 * power of two by repeating the last id (which changes nothing an `IN`
 * selects): each read then has a handful of SQL texts, each prepared once,
 * instead of one per length.
 */
export function idList(ids: readonly number[]): { marks: string; values: number[] } {
  const size = powerOfTwoAtLeast(ids.length);
  const values = [...ids];
  while (values.length < size) values.push(ids[ids.length - 1]!);
  return { marks: list(size), values };
}

/** The least power of two that is `n` or more (1 for 0). */
export function powerOfTwoAtLeast(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/** Ids a statement's `IN` list holds at most (SQLite and PostgreSQL cap a statement's parameters). */
export const IDS_A_STATEMENT = 500;

/** `ids` in slices of IDS_A_STATEMENT. */
export function slices<T>(ids: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += IDS_A_STATEMENT) out.push(ids.slice(i, i + IDS_A_STATEMENT));
  return out;
}

/** A flag as a driver reads it: SQLite answers 0/1, PostgreSQL booleans. */
export type Flag = boolean | number;
/** A DateTime as a driver reads it: ISO text on SQLite, Date on PostgreSQL. */
export type Time = Date | string | number;

/** A DateTime column as a Date (null stays null). */
export function timeOf(value: Time): Date;
export function timeOf(value: Time | null): Date | null;
export function timeOf(value: Time | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(value);
}

/** A JSON column: text on SQLite, already parsed on PostgreSQL. */
export function jsonOf(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}
