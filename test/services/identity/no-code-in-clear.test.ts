import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { createOutboxWorker } from '../../../src/outbox/outbox-worker';
import { confirmPhoneVerification, startPhoneVerification } from '../../../src/services/identity/phone-verification';
import { createLinkCode } from '../../../src/services/link-codes/create-link-code';
import { tryRedeemLinkCode } from '../../../src/services/link-codes/redeem-link-code';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { fakeSender } from '../../outbox/fake-sender';
import { demoPeople, makeAdminActor } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

const NOW = '2026-11-27T03:00:00Z';

/** Every table of the database, read whole: each row as text (binary columns as latin1), so a secret anywhere shows. */
async function everyRowAsText(db: TestDatabase): Promise<Map<string, string[]>> {
  const tables: Array<{ name: string }> =
    db.provider === 'sqlite'
      ? await db.prisma.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      : await db.prisma.$queryRawUnsafe(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`);
  const text = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer') return Buffer.from((v as { data: number[] }).data).toString('latin1');
      if (v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
      return v;
    });
  const rows = new Map<string, string[]>();
  for (const { name } of tables) {
    const all: unknown[] = await db.prisma.$queryRawUnsafe(`SELECT * FROM "${name}"`);
    rows.set(name, all.map(text));
  }
  return rows;
}

/** Where a secret appears, spaced or not, in any case: "table: row" for each hit. */
async function findInClear(db: TestDatabase, secret: string): Promise<string[]> {
  const forms = [secret, secret.toLowerCase(), secret.replace(/(\d{3})(?=\d)/g, '$1 ')];
  const hits: string[] = [];
  for (const [table, rows] of await everyRowAsText(db)) {
    for (const row of rows) if (forms.some((form) => row.includes(form))) hits.push(`${table}: ${row.slice(0, 200)}`);
  }
  return hits;
}

describe.each(testProviders)('no one-time code is kept in clear after linking, on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const clock = fixedClock(NOW);

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    clock.set(NOW);
  });
  afterEach(async () => {
    await db.drop();
  });

  const newChat = async (channel: 'TELEGRAM' | 'WHATSAPP', externalId: string) =>
    (await db.prisma.chatIdentity.create({ data: { channel, externalId } })).id;

  it('the scan reads every table: it finds the NIP of the person it links', async () => {
    const hits = await findInClear(db, people.employee.nip);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.startsWith('Employee:'))).toBe(true);
  });

  it('a phone code: sent through the outbox, confirmed, and then found in no table', async () => {
    const { employee } = people;
    const chat = await newChat('TELEGRAM', 'tg-scan-1');
    await db.prisma.$transaction((tx) =>
      startPhoneVerification(tx as Tx, { identityId: chat, nip: employee.nip, birthDate: employee.birthDate, now: clock.now(), lang: 'id', channels: { whatsapp: true } }),
    );
    const queued = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channel: 'WHATSAPP' }, orderBy: { id: 'desc' } });
    const code = /(\d{3} \d{3} \d{3})/.exec(JSON.stringify(queued.payload))![1]!.replace(/ /g, '');
    expect((await findInClear(db, code)).map((hit) => hit.split(':')[0])).toEqual(['OutboxMessage']);

    const sleep = async (ms: number) => {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(ms);
    };
    const whatsapp = fakeSender(clock, { channel: 'WHATSAPP' });
    const worker = createOutboxWorker({ db, clock, sleep, senders: [whatsapp, fakeSender(clock)] });
    await worker.drainOnce();
    expect(whatsapp.delivered.map((s) => s.text.replace(/ /g, '')).join('\n')).toContain(code);

    const linked = await db.prisma.$transaction((tx) => confirmPhoneVerification(tx as Tx, { identityId: chat, employeeId: employee.id, code, now: clock.now() }));
    expect(linked).toEqual({ name: employee.name });
    expect((await db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: chat } })).employeeId).toBe(employee.id);
    await worker.drainOnce();

    expect(await findInClear(db, code)).toEqual([]);
  });

  it("an HR link code: issued, redeemed, and then found in no table", async () => {
    const { employee } = people;
    const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });
    const { code } = await db.prisma.$transaction((tx) => createLinkCode(tx as Tx, { nip: employee.nip, actor, now: clock.now() }));
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(await findInClear(db, code)).toEqual([]);

    const chat = await newChat('TELEGRAM', 'tg-scan-2');
    const result = await db.prisma.$transaction((tx) => tryRedeemLinkCode(tx as Tx, { identityId: chat, code, now: clock.now() }));
    expect(result).toMatchObject({ ok: true });

    expect(await findInClear(db, code)).toEqual([]);
  });
});
