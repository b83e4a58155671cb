// Writes prisma/<provider>/schema.prisma from prisma/models.prisma.
// With --check it writes nothing and exits 1 when a file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const providers = ['sqlite', 'postgresql'];

export function renderSchema(provider, models) {
  return `// Generated from prisma/models.prisma by scripts/schema-sync.mjs: do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../src/generated/${provider}"
  moduleFormat = "esm"
  runtime      = "nodejs"
}

datasource db {
  provider = "${provider}"
}

${models}`;
}

function main() {
  const check = process.argv.includes('--check');
  const models = readFileSync(`${root}prisma/models.prisma`, 'utf8');
  let stale = false;
  for (const provider of providers) {
    const path = `${root}prisma/${provider}/schema.prisma`;
    const wanted = renderSchema(provider, models);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === wanted) continue;
    if (check) {
      console.error(`${path} is out of date: run npm run schema:sync`);
      stale = true;
    } else {
      writeFileSync(path, wanted);
      console.log(`wrote ${path}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
