// Bundles the server (src/main.ts) into dist/main.mjs, so that `npm start`
// runs plain JavaScript instead of compiling TypeScript at boot. Packages in
// node_modules stay external; relative imports, `../flows` and the generated
// Prisma clients (src/generated/, `npm run prisma:generate`) are bundled.
// Modules the source imports with `await import('./x')` (parts only some
// configurations use, such as the WhatsApp channel) become chunks under
// dist/chunks/, loaded only when that code runs.
//
// `node scripts/build.mjs [--quiet]`; buildServer() for scripts that build first.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist');
const chunksDir = join(outdir, 'chunks');

/** Builds dist/ from src/main.ts; returns the bundle's path. Files whose content did not change are left alone. */
export async function buildServer() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'warning',
  });
  const written = new Set();
  for (const file of result.outputFiles) {
    written.add(file.path);
    writeIfChanged(file.path, file.contents);
  }
  // Chunks of earlier builds. A server loads its chunks while it starts, so
  // one already running from an earlier build does not need them any more.
  for (const name of listFiles(chunksDir)) {
    const path = join(chunksDir, name);
    if (!written.has(path)) rmSync(path, { force: true });
  }
  return join(outdir, 'main.mjs');
}

/** Replaces a file in one step (write, then rename), so a process starting meanwhile never reads half of it. */
function writeIfChanged(path, contents) {
  try {
    if (readFileSync(path).equals(contents)) return;
  } catch {
    // not there yet
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function listFiles(directory) {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const bundle = await buildServer();
  if (!process.argv.includes('--quiet')) {
    console.log(`built ${relative(process.cwd(), bundle)} in ${Math.round(performance.now() - started)} ms`);
  }
}
