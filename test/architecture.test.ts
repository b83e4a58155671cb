import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Folders that must stay pure, and what they may not reach. */
const RULES: Array<{ folder: string; forbidden: RegExp }> = [
  { folder: 'src/domain', forbidden: /prisma|generated|telegraf|baileys|fastify|node-cron|\/store\/|\/services\/|\/channels\/|\/http\/|node:fs|node:net|node:http/ },
  { folder: 'src/conversation/understand', forbidden: /prisma|generated|telegraf|baileys|fastify|\/store\/|\/services\/|\/channels\// },
  { folder: 'flows', forbidden: /telegraf|baileys|fastify|\/channels\/|\/http\// },
  { folder: 'src/conversation', forbidden: /telegraf|baileys|fastify|\/channels\/|\/http\// },
];

describe('architecture', () => {
  for (const rule of RULES) {
    it(`${rule.folder} imports nothing outside its layer`, () => {
      const offenders = sourceFiles(join(root, rule.folder)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbidden.test(spec))
          .map((spec) => `${relative(root, file)} -> ${spec}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('keeps the top level as documented', () => {
    // node_modules, data (the SQLite file) and dist (the build) are made locally and ignored by git.
    const top = readdirSync(root).filter((n) => !n.startsWith('.') && !['node_modules', 'data', 'dist'].includes(n));
    const allowed = new Set(['package.json', 'package-lock.json', 'prisma', 'src', 'flows', 'test', 'README.md', 'scripts', 'bench', 'tsconfig.json', 'vitest.config.ts', 'prisma.config.ts', 'vitest.reliability.config.ts']);
    expect(top.filter((n) => !allowed.has(n))).toEqual([]);
  });
});
