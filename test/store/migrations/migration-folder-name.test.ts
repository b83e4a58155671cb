import { describe, expect, it } from 'vitest';
import { migrationFolderName } from '../../../src/store/migrations/migration-folder-name';

describe('migrationFolderName', () => {
  const now = new Date('2026-12-31T23:59:58.900Z');

  it('prefixes the UTC time as YYYYMMDDHHMMSS', () => {
    expect(migrationFolderName(now, 'init')).toBe('20261231235958_init');
  });

  it('reduces the name to lower-case words joined by underscores', () => {
    expect(migrationFolderName(now, '  Add Leave-Request table! ')).toBe('20261231235958_add_leave_request_table');
  });

  it('rejects a name without letters or digits', () => {
    expect(() => migrationFolderName(now, ' -- ')).toThrow(/no letters or digits/);
  });
});
