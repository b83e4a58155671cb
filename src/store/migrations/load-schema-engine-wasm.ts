import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type Imports = Record<string, unknown>;

/** The part of the WebAssembly global used here (the project's `lib` has no DOM types). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  Instance: new (module: object, imports: Record<string, Imports>) => { exports: Record<string, unknown> };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The `SchemaEngine` class of `@prisma/schema-engine-wasm`, ready to use. */
export type SchemaEngineClass = Pick<typeof SchemaEngine, 'new'>;

const require = createRequire(import.meta.url);

/**
 * wasm-bindgen's glue keeps the instance in a module variable, so the engine
 * is one per process: load it once and share the promise.
 */
let loading: Promise<SchemaEngineClass> | undefined;

/**
 * Loads the Wasm schema engine without `--experimental-wasm-modules`
 * (Node 20 cannot `import` a .wasm file): the glue module gets the instance
 * through `__wbg_set_wasm`. Timers the engine starts (connection timeouts) are
 * unref'd so they never keep the process alive.
 */
export function loadSchemaEngineWasm(): Promise<SchemaEngineClass> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<SchemaEngineClass> {
  installPanicRegistry();
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const [glue, bytes] = await Promise.all([
    import('@prisma/schema-engine-wasm/schema_engine_bg') as Promise<Glue>,
    readFile(join(dirname(gluePath), 'schema_engine_bg.wasm')),
  ]);
  const module = await wasmApi.compile(bytes);
  const instance = new wasmApi.Instance(module, { './schema_engine_bg.js': withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

function withUnrefTimers(glue: Glue): Imports {
  const imports: Imports = { ...glue };
  for (const [name, value] of Object.entries(glue)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof value !== 'function') continue;
    const setTimer = value as (...args: unknown[]) => unknown;
    imports[name] = (...args: unknown[]) => {
      const timer = setTimer(...args);
      if (timer && typeof timer === 'object' && 'unref' in timer && typeof timer.unref === 'function') timer.unref();
      return timer;
    };
  }
  return imports;
}

/** The engine's panic hook writes its message to this global; without it a panic hides its cause. */
function installPanicRegistry(): void {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      process.emitWarning(`Prisma schema engine panicked: ${message}`);
    },
  };
}
