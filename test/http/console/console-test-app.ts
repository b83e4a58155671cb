import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { buildApp } from '../../../src/http/build-app';
import { consoleRoutes } from '../../../src/http/console/console-routes';
import { createJobControl } from '../../../src/jobs/job-control';
import type { JobDefinition } from '../../../src/jobs/job-definition';
import { createJobRunner } from '../../../src/jobs/job-runner';
import type { ChannelState } from '../../../src/module';
import { createConsoleLink } from '../../../src/services/console/console-link';
import type { Provider } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

export const TEST_NOW = '2026-11-27T03:00:00Z';

export interface ConsoleTestApp {
  db: TestDatabase;
  app: FastifyInstance;
  clock: ReturnType<typeof fixedClock>;
  /** Every route the console registered (method and URL template), as Fastify saw them. */
  routes: ReadonlyArray<{ method: string; url: string }>;
  /** A fresh one-time link token for the employee (as `konsol` would make). */
  link(employeeId: number): Promise<string>;
  /** Signs in with a fresh link: the session cookie ("sapa_hr=...") and the CSRF token of its forms. */
  signIn(employeeId: number): Promise<{ cookie: string; csrf: string }>;
  get(url: string, cookie?: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>, cookie?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function cookieOf(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string' && c.startsWith('sapa_hr='));
  if (!header) throw new Error('no session cookie set');
  return header.split(';')[0]!;
}

export function csrfOf(body: string): string {
  const found = /name="csrf" value="([^"]+)"/.exec(body);
  if (!found) throw new Error('no CSRF field on the page');
  return found[1]!;
}

/** The demo organisation, the console alone on a Fastify app (rate limits on), a clock to move. */
export async function consoleTestApp(options: { provider?: Provider; publicUrl?: string; production?: boolean; jobs?: JobDefinition[]; channels?: () => readonly ChannelState[] } = {}): Promise<ConsoleTestApp> {
  const db = await createTestDatabase(options.provider ?? 'sqlite');
  const clock = fixedClock(TEST_NOW);
  await seedDemo(db, clock);
  const jobs = options.jobs ? createJobControl({ jobs: options.jobs, runner: createJobRunner({ db, clock }), clock, nextRuns: () => ({}) }) : undefined;
  const routes: Array<{ method: string; url: string }> = [];
  const register = consoleRoutes({ db, clock, publicUrl: options.publicUrl ?? 'https://sapa.example.go.id', production: options.production ?? false, paperwork: { ...loadConfig({}), PUBLIC_URL: 'https://sapa.example.go.id' }, jobs, channels: options.channels });
  const app = await buildApp({
    db,
    routes: [async (scope) => {
      scope.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) routes.push({ method, url: route.url });
      });
      await register(scope);
    }],
  });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const t: ConsoleTestApp = {
    db, app, clock, routes,
    link: async (employeeId) => (await db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId, now: clock.now(), via: 'TELEGRAM' }))).token,
    async signIn(employeeId) {
      const token = await t.link(employeeId);
      const login = await t.post('/hr/login', { token });
      if (login.statusCode !== 303) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
      const cookie = cookieOf(login);
      const home = await t.get('/hr', cookie);
      return { cookie, csrf: csrfOf(home.body) };
    },
    get: (url, cookie) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} }),
    post: (url, fields, cookie, headers = {}) =>
      app.inject({ method: 'POST', url, payload: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}), ...headers } }),
    async close() {
      await app.close();
      await db.drop();
    },
  };
  return t;
}
