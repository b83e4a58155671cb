import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** The machine a number came from, with the load it was under. */
export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Writes one section's results to bench/results/<name>-<timestamp>.json and <name>-latest.json. */
export function writeResults(name: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const body = JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), data }, null, 2);
  const file = join(RESULTS_DIR, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, body);
  writeFileSync(join(RESULTS_DIR, `${name}-latest.json`), body);
  return file;
}
