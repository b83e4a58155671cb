import type { Tx } from '../../store/database';

/**
 * The next letter number of `scope` (the agency's unit code) in `year`, in
 * the caller's transaction: one atomic upsert (INSERT ... ON CONFLICT DO
 * UPDATE ... RETURNING, the same SQL on SQLite and PostgreSQL). Concurrent
 * grants wait on the counter row, so no two get one number; a rolled-back
 * grant gives its number back with everything else it wrote.
 */
export async function takeLetterNumber(tx: Tx, scope: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ last: number | bigint }>>`
    INSERT INTO "LetterCounter" ("scope", "year", "last") VALUES (${scope}, ${year}, 1)
    ON CONFLICT ("scope", "year") DO UPDATE SET "last" = "LetterCounter"."last" + 1
    RETURNING "last"`;
  const last = rows[0]?.last;
  if (last === undefined) throw new Error('letter counter returned no row');
  return Number(last);
}
