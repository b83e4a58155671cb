import { describe, expect, it } from 'vitest';
import { summarizeMigrationRows, type MigrationRow } from '../../../src/store/migrations/recorded-migrations';

const row = (migration_name: string, overrides: Partial<MigrationRow> = {}): MigrationRow => ({
  migration_name,
  finished_at: new Date('2026-01-01T00:00:00Z'),
  rolled_back_at: null,
  ...overrides,
});

describe('summarizeMigrationRows', () => {
  it('counts finished rows as applied, in order', () => {
    expect(summarizeMigrationRows([row('1_a'), row('2_b')])).toEqual({ applied: ['1_a', '2_b'], failed: [] });
  });

  it('reports a started but unfinished row as failed', () => {
    expect(summarizeMigrationRows([row('1_a'), row('2_b', { finished_at: null })])).toEqual({
      applied: ['1_a'],
      failed: ['2_b'],
    });
  });

  it('ignores rolled-back rows and a failure retried successfully', () => {
    const rows = [
      row('1_a', { finished_at: null, rolled_back_at: new Date() }),
      row('1_a'),
      row('2_b', { finished_at: null, rolled_back_at: new Date() }),
    ];
    expect(summarizeMigrationRows(rows)).toEqual({ applied: ['1_a'], failed: [] });
  });
});
