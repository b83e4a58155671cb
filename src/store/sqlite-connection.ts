/** The few better-sqlite3 calls SAPA makes on the connection itself. */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
}

export interface SqliteStatement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  /** The adapter turns safe integers on for the connection (BigInt); statements may turn them off. */
  safeIntegers(toggle?: boolean): SqliteStatement;
}
