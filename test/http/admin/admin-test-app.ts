import { randomBytes } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { buildApp } from '../../../src/http/build-app';
import { adminApi } from '../../../src/http/admin/admin-module';
import { openDatabase, type Provider } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { hrEmployee, makeAdminToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

export const TEST_NOW = '2026-11-27T03:00:00Z';

let seededTemplate: Promise<string> | undefined;

/** The demo organisation is seeded once per test process; each test gets its own copy of the file. */
async function seededDatabase(): Promise<TestDatabase> {
  seededTemplate ??= (async () => {
    const db = await createTestDatabase();
    await seedDemo(db, fixedClock(TEST_NOW));
    await db.prisma.$executeRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = db.url.replace(/^file:/, '');
    const template = join(tmpdir(), 'sapa-test', `admin-seeded-${process.pid}-${randomBytes(4).toString('hex')}.db`);
    copyFileSync(file, template);
    await db.drop();
    return template;
  })();
  const template = await seededTemplate;
  const file = join(tmpdir(), 'sapa-test', `admin-${process.pid}-${randomBytes(6).toString('hex')}.db`);
  copyFileSync(template, file);
  const db = await openDatabase(`file:${file}`);
  return {
    ...db,
    drop: async () => {
      await db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

export const BOT_USERNAME = 'sapa_test_bot';

/** The printed papers' settings: the defaults, with a public address for the verification links. */
export const PAPERWORK = { ...loadConfig({}), PUBLIC_URL: 'https://sapa.serangkota.go.id' };

export interface AdminTestApp {
  db: TestDatabase;
  app: FastifyInstance;
  clock: ReturnType<typeof fixedClock>;
  /** A token with every scope, owned by `owner` (the first HR employee). */
  token: string;
  owner: { id: number; nip: string; name: string };
  /** An authenticated request (JSON body, or CSV text with `csv`). */
  call(method: 'GET' | 'POST', url: string, options?: { body?: unknown; csv?: string; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The demo organisation on PostgreSQL: seeded per call (slow), for the tests that must hold on both providers. */
async function seededPostgres(): Promise<TestDatabase> {
  const db = await createTestDatabase('postgresql');
  await seedDemo(db, fixedClock(TEST_NOW));
  return db;
}

/** A seeded demo database (SQLite unless `provider` says otherwise), the app with the admin API, and one HR token. */
export async function adminTestApp(
  options: { logStream?: Writable; seed?: boolean; provider?: Provider; refusalDelayMs?: number } = {},
): Promise<AdminTestApp> {
  const db =
    options.provider === 'postgresql' ? await seededPostgres() : options.seed === false ? await createTestDatabase() : await seededDatabase();
  const clock = fixedClock(TEST_NOW);
  const wakes: number[] = [];
  const app = await buildApp({
    db,
    routes: adminApi({ db, clock, paperwork: PAPERWORK, botUsername: BOT_USERNAME, wakeOutbox: () => wakes.push(1), refusalDelayMs: options.refusalDelayMs ?? 0, tokenListMaxAgeMs: 0, sendRates: new Map([['WHATSAPP', 1], ['TELEGRAM', 30]]) }),
    ...(options.logStream ? { logger: { level: 'info', stream: options.logStream } } : {}),
  });
  const owner = await hrEmployee(db);
  const { token } = await makeAdminToken(db, { now: clock.now(), nip: owner.nip });
  return {
    db,
    app,
    clock,
    token,
    owner,
    call(method, url, { body, csv, headers } = {}) {
      const request: InjectOptions = { method, url, headers: { authorization: `Bearer ${token}`, ...headers } };
      if (csv !== undefined) {
        request.payload = csv;
        request.headers = { ...request.headers, 'content-type': 'text/csv' };
      } else if (body !== undefined) request.payload = body as InjectOptions['payload'];
      return app.inject(request);
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
