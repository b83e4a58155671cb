import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFlowRegistry } from '../../flows';
import { fixedClock, type Clock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { ModuleFactory } from '../../src/module';
import { modules, outboxFactory } from '../../src/modules';
import { startSapa, type RunningSapa } from '../../src/server';

/**
 * The whole service on a random port with a fresh SQLite file and the demo
 * organisation; the clock fixed at `now`, or a real clock (the outbox then
 * sends: its rows are due at the database's own time). No outbox worker
 * unless `outbox` (npm start's); `modules` in place of npm start's (a fake
 * channel's state, say).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  now: string | Clock = '2026-11-27T03:00:00Z',
  options: { outbox?: boolean; modules?: ModuleFactory[] } = {},
): Promise<RunningSapa & { url: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sapa-server-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `file:${join(dir, 'sapa.db')}`,
    JOBS_ENABLED: 'false',
    DEV_CHAT: 'true',
    ...env,
  });
  const sapa = await startSapa(config, { flows: createFlowRegistry(), modules: options.modules ?? modules, ...(options.outbox ? { outbox: outboxFactory } : {}) }, typeof now === 'string' ? fixedClock(now) : now);
  return {
    ...sapa,
    url: sapa.address,
    cleanup: async () => {
      await sapa.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
