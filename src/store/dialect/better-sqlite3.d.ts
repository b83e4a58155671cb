/**
 * The part of better-sqlite3 (12.x) SAPA calls: the package ships no types.
 * Statements bind their parameters per call (`run(args)`, `all(args)`), so
 * one prepared statement serves every use of its SQL text.
 */
declare module 'better-sqlite3' {
  class Database {
    constructor(filename: string, options?: Database.Options);
    prepare(sql: string): Database.Statement;
    exec(sql: string): this;
    /** Integers read as BigInt on statements prepared from now on. */
    defaultSafeIntegers(toggle?: boolean): this;
    close(): this;
    readonly inTransaction: boolean;
    /** `PRAGMA name`; `simple`: the first column of the first row. */
    pragma(source: string, options?: { simple?: boolean }): unknown;
    /** SQLite's online backup into `destination`; `progress` may return the pages of the next step. */
    backup(destination: string, options?: { progress?: (info: { totalPages: number; remainingPages: number }) => number | void }): Promise<{ totalPages: number; remainingPages: number }>;
  }

  namespace Database {
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      /** Milliseconds to wait for a locked database file. */
      timeout?: number;
    }
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface ColumnDefinition {
      name: string;
      column: string | null;
      table: string | null;
      database: string | null;
      /** The declared type, null for an expression. */
      type: string | null;
    }
    interface Statement {
      /** Whether the statement returns rows. */
      readonly reader: boolean;
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      /** Rows as arrays instead of objects (readers only). */
      raw(toggle?: boolean): Statement;
      columns(): ColumnDefinition[];
      safeIntegers(toggle?: boolean): Statement;
    }
  }

  export = Database;
}
