import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma CLI checks for its native schema engine before every command and
// tries to download it when absent. SAPA runs migrations through the Wasm
// engine (src/store/migrations/), so the CLI needs the native binary only for
// its own migrate commands. Where it is missing, point the check at an existing
// file so `prisma generate` (which uses Wasm) works offline.
const enginesDir = fileURLToPath(new URL('./node_modules/@prisma/engines/', import.meta.url));
const hasNativeEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine-'));
if (!hasNativeEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}

export default defineConfig({
  schema: 'prisma/sqlite/schema.prisma',
});
