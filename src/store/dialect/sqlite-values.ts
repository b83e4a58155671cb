import { ColumnTypeEnum, type ArgType, type ColumnType } from '@prisma/driver-adapter-utils';

/*
 * Values between Prisma's query engine and better-sqlite3, converted as
 * @prisma/adapter-better-sqlite3 7.10 converts them (its ISO 8601 timestamp
 * format), so rows read and written before and after look the same.
 */

/** The column type Prisma expects for a declared SQLite type; null when the declaration says nothing. */
function declaredColumnType(declared: string | null): ColumnType | null {
  switch (declared?.toUpperCase()) {
    case undefined:
    case '':
      return null;
    case 'DECIMAL':
      return ColumnTypeEnum.Numeric;
    case 'FLOAT':
      return ColumnTypeEnum.Float;
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
    case 'NUMERIC':
    case 'REAL':
      return ColumnTypeEnum.Double;
    case 'TINYINT':
    case 'SMALLINT':
    case 'MEDIUMINT':
    case 'INT':
    case 'INTEGER':
    case 'SERIAL':
    case 'INT2':
      return ColumnTypeEnum.Int32;
    case 'BIGINT':
    case 'UNSIGNED BIG INT':
    case 'INT8':
      return ColumnTypeEnum.Int64;
    case 'DATETIME':
    case 'TIMESTAMP':
      return ColumnTypeEnum.DateTime;
    case 'TIME':
      return ColumnTypeEnum.Time;
    case 'DATE':
      return ColumnTypeEnum.Date;
    case 'TEXT':
    case 'CLOB':
    case 'CHARACTER':
    case 'VARCHAR':
    case 'VARYING CHARACTER':
    case 'NCHAR':
    case 'NATIVE CHARACTER':
    case 'NVARCHAR':
      return ColumnTypeEnum.Text;
    case 'BLOB':
      return ColumnTypeEnum.Bytes;
    case 'BOOLEAN':
      return ColumnTypeEnum.Boolean;
    case 'JSONB':
      return ColumnTypeEnum.Json;
    default:
      return null;
  }
}

/** The type of an undeclared column (an expression) from its first non-null value; Int32 when every value is null. */
function inferredColumnType(rows: unknown[][], column: number): ColumnType {
  const value = rows.find((row) => row[column] !== null)?.[column];
  if (value === undefined) return ColumnTypeEnum.Int32;
  switch (typeof value) {
    case 'string':
      return ColumnTypeEnum.Text;
    case 'bigint':
      return ColumnTypeEnum.Int64;
    case 'boolean':
      return ColumnTypeEnum.Boolean;
    case 'number':
      return ColumnTypeEnum.UnknownNumber;
    default:
      if (value instanceof ArrayBuffer || value instanceof Uint8Array) return ColumnTypeEnum.Bytes;
      throw new TypeError(`unexpected value of type ${typeof value} in a result column`);
  }
}

/** Column types of a result: the declared ones, the rest inferred from the rows. */
export function columnTypesOf(declared: ReadonlyArray<string | null>, rows: unknown[][]): ColumnType[] {
  return declared.map((type, column) => declaredColumnType(type) ?? inferredColumnType(rows, column));
}

/** One result row as Prisma reads it: integers truncated, epoch times as ISO text, BigInts as numbers when safe. */
export function rowOf(row: unknown[], types: readonly ColumnType[]): unknown[] {
  return row.map((value, i) => {
    const type = types[i];
    if (typeof value === 'number' && (type === ColumnTypeEnum.Int32 || type === ColumnTypeEnum.Int64) && !Number.isInteger(value)) {
      return Math.trunc(value);
    }
    if ((typeof value === 'number' || typeof value === 'bigint') && type === ColumnTypeEnum.DateTime) return new Date(Number(value)).toISOString();
    if (typeof value === 'bigint') {
      const asNumber = Number(value);
      return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
    }
    return value;
  });
}

/** One query argument as better-sqlite3 binds it: numbers from text, booleans as 0/1, times as ISO 8601 with an offset, bytes from base64. */
export function argOf(arg: unknown, type: ArgType | undefined): unknown {
  if (arg === null) return null;
  const scalar = type?.scalarType;
  if (typeof arg === 'string') {
    switch (scalar) {
      case 'int':
        return Number.parseInt(arg);
      case 'float':
      case 'decimal':
        return Number.parseFloat(arg);
      case 'bigint':
        return BigInt(arg);
      case 'datetime':
        return sqliteTime(new Date(arg));
      case 'bytes':
        return Buffer.from(arg, 'base64');
    }
  }
  if (typeof arg === 'boolean') return arg ? 1 : 0;
  if (arg instanceof Date) return sqliteTime(arg);
  return arg;
}

/** DateTime as SAPA stores it on SQLite (ISO 8601 with an explicit offset), by Prisma and by the dialect's own statements alike. */
export function sqliteTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}
