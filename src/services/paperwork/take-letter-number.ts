import type { Tx } from '../../store/database';

/**
 * The next letter number of `scope` (the agency's unit code) in `year`, in
 * the caller's transaction (the grant's): concurrent grants never get one
 * number, and a rolled-back grant gives its number back.
 */
export function takeLetterNumber(tx: Tx, scope: string, year: number): Promise<number> {
  return tx.$dialect.writes.letterNumberTaken(tx, scope, year);
}
