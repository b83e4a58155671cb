import { DriverAdapterError, type MappedError } from '@prisma/driver-adapter-utils';

const SQLITE_BUSY = 5;
const UNKNOWN_CODE = 'UNKNOWN_SQLITE_ERROR_';

interface SqliteError {
  code: string;
  message: string;
}

function isSqliteError(error: unknown): error is SqliteError {
  const e = error as Partial<SqliteError> | null;
  return typeof e?.code === 'string' && typeof e.message === 'string';
}

/** The columns a constraint message names ("UNIQUE constraint failed: T.a, T.b"). */
function failedColumns(message: string): string[] | undefined {
  return message.split('constraint failed: ').at(1)?.split(', ');
}

/** A better-sqlite3 error as Prisma's error kinds (which become P2002, P2011, P2003, ...), as @prisma/adapter-better-sqlite3 7.10 maps them. */
function mappedError(error: SqliteError): MappedError {
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY': {
      const columns = failedColumns(error.message);
      const fields = columns?.map((field) => field.split('.').pop()!);
      const table = columns?.at(0)?.split('.').slice(0, -1).join('.') || undefined;
      return { kind: 'UniqueConstraintViolation', constraint: fields ? { fields } : undefined, table };
    }
    case 'SQLITE_CONSTRAINT_NOTNULL': {
      const fields = failedColumns(error.message)?.map((field) => field.split('.').pop()!);
      return { kind: 'NullConstraintViolation', constraint: fields ? { fields } : undefined };
    }
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case 'SQLITE_CONSTRAINT_TRIGGER':
      return { kind: 'ForeignKeyConstraintViolation', constraint: { foreignKey: {} } };
  }
  const extended = error.code.startsWith(UNKNOWN_CODE) ? Number(error.code.slice(UNKNOWN_CODE.length)) : undefined;
  const extendedCode = Number.isInteger(extended) ? extended : undefined;
  if (error.code.startsWith('SQLITE_BUSY') || (extendedCode !== undefined && (extendedCode & 0xff) === SQLITE_BUSY)) return { kind: 'SocketTimeout' };
  if (error.message.startsWith('no such table')) return { kind: 'TableDoesNotExist', table: error.message.split(': ').at(1) };
  if (error.message.startsWith('no such column')) return { kind: 'ColumnNotFound', column: error.message.split(': ').at(1) };
  if (error.message.includes('has no column named ')) return { kind: 'ColumnNotFound', column: error.message.split('has no column named ').at(1) };
  return { kind: 'sqlite', extendedCode: extendedCode ?? 1, message: error.message };
}

/** What the adapter throws for `error`: a SQLite error as Prisma's DriverAdapterError, anything else (a RangeError for two statements in one string) as it is. */
export function driverError(error: unknown): unknown {
  if (!isSqliteError(error)) return error;
  return new DriverAdapterError({ originalCode: error.code, originalMessage: error.message, ...mappedError(error) });
}
