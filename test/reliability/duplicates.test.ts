import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { startTelegramHarness, type TelegramHarness } from '../channels/telegram/telegram-harness';
import { callbackUpdate, textUpdate, type TestUser } from '../channels/telegram/updates';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { seededRandom, short } from './reliability-size';

const NOW = '2026-11-27T03:00:00Z';
/** What people tap and type on payslip day; a chat cycles through it. */
const SCRIPT: Array<{ text: string } | { press: string }> = [
  { text: '/start' }, { press: 'balance' }, { text: 'status' }, { text: 'slip' }, { press: '2026-10' },
  { text: 'cuti' }, { press: 'CT' }, { text: 'batal' }, { text: 'saldo' }, { text: 'bantuan' },
];

describe('duplicates: redelivered updates (20%, some at once, some later) have no double effects', () => {
  const chats = short ? 100 : 500;
  const perChat = short ? 10 : 20; // 1,000 or 10,000 updates
  let db: TestDatabase;
  let tg: TelegramHarness;
  const random = seededRandom(42);

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW), 60);
    const employees = await db.prisma.employee.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    // Most chats linked (round robin over the staff), every tenth a stranger.
    await db.prisma.chatIdentity.createMany({
      data: Array.from({ length: chats }, (_, i) => i)
        .filter((i) => i % 10 !== 9)
        .map((i) => ({ channel: 'TELEGRAM' as const, externalId: String(720_000 + i), employeeId: employees[i % employees.length]!.id, verifiedAt: new Date('2026-11-01T00:00:00Z') })),
    });
    tg = await startTelegramHarness(db, { now: NOW, flows: createFlowRegistry() });
  });
  afterAll(async () => {
    await tg.close();
    await db.drop();
  });

  /** Posts as Telegram does: a 503 (too many updates in flight) is delivered again a little later. */
  async function deliver(update: unknown): Promise<{ statusCode: number; body: string }> {
    for (;;) {
      const response = await tg.post(update);
      if (response.statusCode !== 503) return response;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function effects() {
    const [events, turns, outbox, requests, audits] = await Promise.all([
      db.prisma.processedEvent.count(),
      db.prisma.auditLog.findMany({ where: { action: 'conversation.turn' }, select: { data: true } }),
      db.prisma.outboxMessage.count(),
      db.prisma.leaveRequest.count(),
      db.prisma.auditLog.count(),
    ]);
    return { events, turns: turns.map((t) => String((t.data as { event: string }).event)), outbox, requests, audits };
  }

  it(`${chats * perChat} updates with 20% redelivered: one turn per update_id, nothing doubled`, async () => {
    const users: TestUser[] = Array.from({ length: chats }, (_, i) => ({ id: 720_000 + i, first_name: `P${i}` }));
    const late: string[] = [];
    const ids: number[] = [];
    let duplicates = 0;
    for (let round = 0; round < perChat; round += 1) {
      // One update per chat per round (chats run concurrently, each in order), redeliveries at once or later.
      const bodies: string[] = [];
      for (const user of users) {
        const step = SCRIPT[(round + user.id) % SCRIPT.length]!;
        const update = 'text' in step ? textUpdate(user, step.text) : callbackUpdate(user, step.press, 1);
        ids.push(update.update_id);
        const body = JSON.stringify(update);
        bodies.push(body);
        if (random() < 0.2) {
          duplicates += 1;
          if (random() < 0.5) bodies.push(body);
          else late.push(body);
        }
      }
      const replay = late.splice(0, Math.floor(late.length / 2));
      const responses = await Promise.all([...bodies, ...replay].map((b) => deliver(JSON.parse(b))));
      expect(responses.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    }
    const rest = await Promise.all(late.map((b) => deliver(JSON.parse(b))));
    expect(rest.every((r) => r.statusCode === 200)).toBe(true);
    expect(duplicates).toBeGreaterThan(ids.length * 0.15);

    const after = await effects();
    expect(after.events).toBe(ids.length);
    expect(after.turns).toHaveLength(ids.length);
    expect(new Set(after.turns)).toEqual(new Set(ids.map(String)));

    // Every update delivered once more, all at once: nothing may change.
    const again = await Promise.all(ids.map((id, i) => deliver(textUpdate(users[i % chats]!, 'menu', { updateId: id }))));
    expect(again.every((r) => r.statusCode === 200)).toBe(true);
    expect(await effects()).toEqual(after);
  });
});
