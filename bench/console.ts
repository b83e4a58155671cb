import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { buildApp } from '../src/http/build-app';
import { consoleRoutes } from '../src/http/console/console-routes';
import { createConsoleLink } from '../src/services/console/console-link';
import type { Database } from '../src/store/database';
import { CITY_SETDA } from '../src/store/seed/generate-city';
import { buildBusyCity, timed } from './city';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

/** A signed-in console session of the employee: the cookie, as a browser would send it. */
async function signIn(db: Database, base: string, employeeId: number): Promise<string> {
  const link = await db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId, now: systemClock.now(), via: 'CLI' }));
  const login = await fetch(`${base}/hr/login`, { method: 'POST', body: new URLSearchParams({ token: link.token }), redirect: 'manual' });
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('sapa_hr='));
  if (login.status !== 303 || !cookie) throw new Error(`console sign-in failed: ${login.status}`);
  return cookie.split(';')[0]!;
}

/**
 * The HR console's dashboard and request list over the 10,000-employee city
 * (2,000 open requests), as an HR officer, the head of an agency and the
 * Sekretaris Daerah (a supervisor whose units are nearly the whole city): whole pages through the real HTTP server with a session cookie,
 * timed from request to the last byte.
 */
export async function benchConsole(options: { runs: number; log: (s: string) => void }) {
  const db = await buildBusyCity('console-city.db', options.log);
  // One address asks for hundreds of pages a minute here: the per-address limit of /hr (300 a minute) is not what is measured.
  const app = await buildApp({ db, rateLimits: false, routes: [consoleRoutes({ db, clock: systemClock, paperwork: loadConfig({}) })] });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const hr = await db.prisma.employee.findFirstOrThrow({ where: { role: 'HR', active: true }, select: { id: true, name: true }, orderBy: { id: 'asc' } });
    const headOf = async (code: string) => (await db.prisma.orgUnit.findUniqueOrThrow({ where: { code }, select: { headId: true } })).headId!;
    const someone = await db.prisma.leaveRequest.findFirstOrThrow({ where: { status: 'PENDING' }, select: { employee: { select: { name: true } } }, orderBy: { id: 'desc' } });
    const readers = [
      { who: 'HR', cookie: await signIn(db, base, hr.id) },
      { who: 'head of an agency', cookie: await signIn(db, base, await headOf('OPD01')) },
      { who: 'Sekretaris Daerah, every agency below', cookie: await signIn(db, base, await headOf(CITY_SETDA)) },
    ];
    const pages = [
      { name: 'dashboard', path: '/hr' },
      { name: 'request list', path: '/hr/requests' },
      { name: 'request list, pending and overdue', path: '/hr/requests?status=PENDING&overdue=1' },
      { name: 'request list, name search', path: `/hr/requests?q=${encodeURIComponent(someone.employee.name.split(' ')[0]!)}` },
    ];
    const samples = new Map<string, number[]>();
    const count = Math.max(20, options.runs * 20);
    for (const reader of readers) {
      for (const p of pages) {
        const key = `${p.name} (${reader.who})`;
        const get = async () => {
          const response = await fetch(`${base}${p.path}`, { headers: { cookie: reader.cookie } });
          const body = await response.text();
          if (response.status !== 200) throw new Error(`${key}: ${response.status}`);
          return body.length;
        };
        const [, size] = await timed(get); // warm-up (prepared statements, the policy read)
        const ms: number[] = [];
        for (let i = 0; i < count; i += 1) ms.push((await timed(get))[0]);
        samples.set(key, ms);
        options.log(`  ${key}: ${Math.round(size / 1024)} KB page`);
      }
    }
    const rows = [...samples].map(([key, ms]) => ({ metric: `console ${key}`, unit: 'ms', summary: summarize(ms), target: '< 300 (p95)' }));
    printTable('Console: pages over the city of 10,000 (SQLite, HTTP, signed in)', rows);
    writeResults('console', { samples: Object.fromEntries(samples), rows });
    return rows;
  } finally {
    await app.close();
    await db.close();
  }
}
