import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('architecture', () => {
  it('keeps the top level as documented', () => {
    // node_modules, data (the SQLite file), dist (the build) and test-results (the browser tests' screenshots) are made locally and ignored by git.
    const top = readdirSync(root).filter((n) => !n.startsWith('.') && !['node_modules', 'data', 'dist', 'test-results'].includes(n));
    const allowed = new Set([
      'package.json',
      'package-lock.json',
      'prisma',
      'src',
      'flows',
      'test',
      'README.md',
      'CONTRIBUTING.md',
      'scripts',
      'bench',
      'deploy',
      'tsconfig.json',
      'eslint.config.js',
      'vitest.config.ts',
      'prisma.config.ts',
      'vitest.reliability.config.ts',
    ]);
    expect(top.filter((n) => !allowed.has(n))).toEqual([]);
  });
});
