import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../../bench/lib/telegram-updates';
import { systemClock } from '../../src/clock';
import { enqueue } from '../../src/outbox/enqueue';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { makeAdminToken } from '../support/factories';
import { startTestServer } from '../support/start-test-server';
import { testPostgresUrl, testProviders } from '../support/test-database';
import { tempPostgresDatabase } from '../store/migrations/temp-database';

const SECRET = 'metrics_secret';

/** The value of one series in Prometheus' text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = new Map([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (wanted.every(([k, v]) => have.get(k) === v)) return Number(match[3]);
  }
  return undefined;
}

describe.each(testProviders)('/metrics after real turns through the real server on %s', (provider) => {
  let api: FakeBotApi;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let pgDatabase: { url: string; drop(): Promise<void> } | undefined;

  beforeAll(async () => {
    api = await startFakeBotApi();
    if (provider === 'postgresql') pgDatabase = await tempPostgresDatabase(testPostgresUrl!);
    server = await startTestServer(
      {
        SEED_DEMO: 'false',
        DEV_CHAT: 'false',
        TELEGRAM_BOT_TOKEN: api.token,
        TELEGRAM_API_ROOT: api.apiRoot,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        PUBLIC_URL: 'https://sapa.test.example',
        TELEGRAM_WEBHOOK_MAX_IN_FLIGHT: '2',
        METRICS_PORT: '0',
        ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
      },
      systemClock,
      { outbox: true },
    );
  });
  afterAll(async () => {
    await server?.cleanup();
    await api?.close();
    await pgDatabase?.drop();
  });

  it('counts turns, webhook answers, sends and job runs, and reads the backlog and the channels when scraped; only with an ops token on the main port', async () => {
    const ready = async () => (await fetch(`${server.url}/ready`)).status === 200;
    for (let i = 0; !(await ready()); i += 1) {
      if (i > 200) throw new Error('not ready');
      await new Promise((r) => setTimeout(r, 50));
    }
    const post = (update: Record<string, unknown>, secret = SECRET) =>
      fetch(`${server.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(update),
      }).then((r) => r.status);
    // 12 chats at once against 2 in flight: some may be answered 503, as Telegram would see; those are delivered again.
    const updates = Array.from({ length: 12 }, (_, i) => textUpdate(7_100 + i, 'halo'));
    const first = await Promise.all(updates.map((u) => post(u)));
    const busy = first.filter((s) => s === 503).length;
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);
    for (const [i, status] of first.entries()) if (status === 503) expect(await post(updates[i]!)).toBe(200);
    expect(await post(textUpdate(7_200, 'halo'), 'wrong')).toBe(401);
    // The replies leave through the outbox and the fake Bot API.
    for (let i = 0; api.callsOf('sendMessage').length < 12; i += 1) {
      if (i > 400) {
        const rows = await server.db.prisma.outboxMessage.findMany({ select: { status: true, attempts: true, lastError: true, nextAttemptAt: true, chatId: true, priority: true } });
        throw new Error(`only ${api.callsOf('sendMessage').length} replies sent; calls ${api.calls.map((c) => c.method).join(',')}; rows ${JSON.stringify(rows.slice(0, 3))} ${rows.length}; now ${new Date().toISOString()}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }

    const { token: ops } = await makeAdminToken(server.db, { now: new Date(), scopes: ['ops'] });
    const { token: read } = await makeAdminToken(server.db, { now: new Date(), scopes: ['read'] });
    const run = await fetch(`${server.url}/admin/jobs/housekeeping/run`, { method: 'POST', headers: { authorization: `Bearer ${ops}` } });
    expect(run.status).toBe(200);
    // A bulk message for a channel this instance does not run: it waits, 10 minutes old.
    await server.db.prisma.$transaction((tx) => enqueue(tx, [{ channel: 'WHATSAPP', chatId: '6281100000009', message: { kind: 'text', text: 'massal' }, purpose: 'notice' }]));
    await server.db.prisma.outboxMessage.updateMany({ where: { channel: 'WHATSAPP' }, data: { createdAt: new Date(Date.now() - 600_000) } });

    const scrape = (token?: string) => fetch(`${server.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    expect((await scrape()).status).toBe(401);
    expect((await scrape('sapa_not-a-token')).status).toBe(401);
    const outOfScope = await scrape(read);
    expect(outOfScope.status).toBe(403);
    expect(await outOfScope.json()).toMatchObject({ code: 'forbidden.missing_scope' });

    const res = await scrape(ops);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const telegram = { channel: 'TELEGRAM' };
    expect(sample(text, 'sapa_turns_total', { ...telegram, outcome: 'processed' })).toBe(12);
    expect(sample(text, 'sapa_turn_duration_seconds_count', telegram)).toBe(12);
    expect(sample(text, 'sapa_turn_duration_seconds_sum', telegram)).toBeGreaterThan(0);
    expect(sample(text, 'sapa_turn_duration_seconds_bucket', { ...telegram, le: '+Inf' })).toBe(12);
    const webhook = { route: '/telegram/webhook', method: 'POST' };
    expect(sample(text, 'sapa_http_responses_total', { ...webhook, status: '200' })).toBe(12);
    expect(sample(text, 'sapa_http_responses_total', { ...webhook, status: '503' }) ?? 0).toBe(busy);
    expect(sample(text, 'sapa_http_responses_total', { ...webhook, status: '401' })).toBe(1);
    expect(sample(text, 'sapa_outbox_sends_total', { ...telegram, result: 'sent' })).toBeGreaterThanOrEqual(12);
    expect(sample(text, 'sapa_job_runs_total', { job: 'housekeeping', status: 'done' })).toBe(1);
    expect(sample(text, 'sapa_outbox_pending', { channel: 'WHATSAPP', lane: 'BULK', priority: '0' })).toBe(1);
    const oldest = sample(text, 'sapa_outbox_oldest_pending_seconds', { channel: 'WHATSAPP', lane: 'BULK', priority: '0' });
    expect(oldest).toBeGreaterThanOrEqual(600);
    expect(oldest).toBeLessThan(660);
    expect(sample(text, 'sapa_part_state', { part: 'telegram', state: 'webhook' })).toBe(1);
    expect(sample(text, 'sapa_part_state', { part: 'whatsapp', state: 'off' })).toBe(1);
    expect(sample(text, 'sapa_part_ready', { part: 'telegram' })).toBe(1);
    expect(sample(text, 'sapa_turns_in_flight')).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    if (provider === 'postgresql') {
      expect(sample(text, 'sapa_db_pool_max')).toBe(20);
      expect(sample(text, 'sapa_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'sapa_db_pool_connections', { state: 'waiting' })).toBe(0);
    } else {
      // One SQLite connection: no pool to report.
      expect(sample(text, 'sapa_db_pool_max')).toBeUndefined();
    }

    // The metrics port: on 127.0.0.1, no token, the same registry.
    expect(server.metricsAddress).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const local = await fetch(`${server.metricsAddress}/metrics`);
    expect(local.status).toBe(200);
    expect(sample(await local.text(), 'sapa_turns_total', { ...telegram, outcome: 'processed' })).toBe(12);
  });

  it('limits scrapes per address on the main port', async () => {
    const { token } = await makeAdminToken(server.db, { now: new Date(), scopes: ['ops'], name: 'prometheus' });
    const statuses: number[] = [];
    for (let i = 0; i < 70 && !statuses.includes(429); i += 1) {
      statuses.push((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status);
    }
    expect(statuses).toContain(429);
    // At most 60 a minute: the first test's scrapes count too.
    expect(statuses.indexOf(429)).toBeLessThanOrEqual(60);
  });
});
