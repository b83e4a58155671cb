import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sapaEnv, spawnServer, type SpawnedServer } from '../../bench/lib/spawn-server';
import { fixedClock, systemClock } from '../../src/clock';
import { submitLeave } from '../../src/services/leave/submit-leave';
import { openDatabase, type Database, type Tx } from '../../src/store/database';
import { applyMigrations } from '../../src/store/migrations/apply-migrations';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { startFakeBotApi, type FakeBotApi } from '../support/fake-bot-api';
import { callbackUpdate, textUpdate } from '../channels/telegram/updates';
import { short } from './reliability-size';

const SECRET = 'crash-test_secret';
const SENDING = new Set(['sendMessage', 'sendDocument', 'editMessageText', 'editMessageReplyMarkup']);

/**
 * The real server as a child process on a SQLite file, loaded by a client
 * that behaves like Telegram (an update without 200 is sent again), killed
 * with SIGKILL mid-load and started again.
 */
describe('crash: kill -9 during load, restart', () => {
  const chats = short ? 40 : 150;
  let dir: string;
  let url: string;
  let api: FakeBotApi;
  let server: SpawnedServer | undefined;
  let steps: Array<{ token: string; approverChat: number; requestId: number }>;
  let seededOutbox = 0;
  const chatOf = (employeeId: number) => 730_000 + employeeId;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sapa-crash-'));
    url = `file:${join(dir, 'sapa.db')}`;
    await applyMigrations(url);
    const db = await openDatabase(url);
    const clock = systemClock;
    await seedDemo(db, fixedClock(new Date().toISOString()), 60);
    // These people stand for real staff reached over Telegram, not demo people kept to the local chat.
    await db.prisma.employee.updateMany({ data: { demo: false } });
    const employees = await db.prisma.employee.findMany({ select: { id: true, name: true, supervisorId: true }, orderBy: { id: 'asc' } });
    await db.prisma.chatIdentity.createMany({
      data: employees.map((e) => ({ channel: 'TELEGRAM' as const, externalId: String(chatOf(e.id)), employeeId: e.id, verifiedAt: new Date() })),
    });
    await db.prisma.leaveBalance.updateMany({ data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    const start = new Date(Date.now() + 21 * 86_400_000);
    while (start.getUTCDay() !== 2) start.setUTCDate(start.getUTCDate() + 1);
    const day = start.toISOString().slice(0, 10);
    for (const e of employees.filter((x) => x.supervisorId !== null).slice(4, 16)) {
      await db.prisma.$transaction((tx) =>
        submitLeave(tx as Tx, { clock }, { employeeId: e.id, actor: { type: 'EMPLOYEE', employeeId: e.id, name: e.name, channel: 'TELEGRAM' }, typeCode: 'CT', start: day, end: day, reason: 'keluarga', address: 'Serang' }),
      );
    }
    steps = (await db.prisma.approvalStep.findMany({ where: { status: 'PENDING' }, select: { token: true, approverId: true, requestId: true } })).map((s) => ({
      token: s.token,
      approverChat: chatOf(s.approverId),
      requestId: s.requestId,
    }));
    await db.prisma.outboxMessage.updateMany({ data: { status: 'SENT' } });
    seededOutbox = (await db.prisma.outboxMessage.aggregate({ _max: { id: true } }))._max.id ?? 0;
    await db.close();
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await server?.kill();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = () => spawnServer({ ...sapaEnv(url, api.apiRoot, api.token, SECRET), LOG_LEVEL: 'fatal' }, { quiet: true });

  it('every acknowledged update keeps its effects, every message is delivered (repeats only of messages in flight at the kill), no decision lost or doubled', async () => {
    // Each chat's updates in order; approvers press Approve and write the note for each of their pending steps.
    const scripts: Array<Array<Record<string, unknown>>> = [];
    for (let i = 0; i < chats; i += 1) {
      const chat = { id: 730_000 + 1 + (i % 60), first_name: 'P' };
      if (steps.some((s) => s.approverChat === chat.id)) continue;
      scripts.push([textUpdate(chat, '/start'), textUpdate(chat, 'saldo'), textUpdate(chat, 'status'), callbackUpdate(chat, 'balance', 1)]);
    }
    const byApprover = new Map<number, Array<Record<string, unknown>>>();
    for (const s of steps) {
      const chat = { id: s.approverChat, first_name: 'Atasan' };
      byApprover.set(s.approverChat, [...(byApprover.get(s.approverChat) ?? []), callbackUpdate(chat, `dec:${s.token}:APPROVE`, 1)]);
    }
    scripts.unshift(...byApprover.values());
    const total = scripts.reduce((n, s) => n + s.length, 0);

    server = await start();
    const acknowledged = new Set<number>();
    let current = server;
    /** Telegram's behaviour: post, and post the same update again until it gets 200. */
    async function deliver(update: Record<string, unknown>): Promise<void> {
      for (;;) {
        const ok = await fetch(`${current.url}/telegram/webhook`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        }).then((r) => r.status === 200, () => false);
        if (ok) return void acknowledged.add(update.update_id as number);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const queue = [...scripts];
    const workers = Array.from({ length: 8 }, async () => {
      for (let script = queue.shift(); script; script = queue.shift()) for (const u of script) await deliver(u);
    });
    // Kill -9 once about a third of the updates were acknowledged.
    while (acknowledged.size < total / 3) await new Promise((r) => setTimeout(r, 20));
    await server.kill();
    const db: Database = await openDatabase(url);
    const inFlight = await db.prisma.outboxMessage.findMany({ where: { status: 'PENDING', lockedBy: { not: null } }, select: { chatId: true } });
    const ackedAtKill = new Set(acknowledged);
    server = await start();
    current = server;
    await Promise.all(workers);
    expect(acknowledged.size).toBe(total);

    // Every acknowledged update (before and after the crash) has exactly one turn.
    const turns = await db.prisma.auditLog.findMany({ where: { action: 'conversation.turn' }, select: { data: true } });
    const turnEvents = turns.map((t) => Number((t.data as { event: string }).event));
    expect(new Set(turnEvents).size).toBe(turnEvents.length);
    for (const id of ackedAtKill) expect(turnEvents).toContain(id);
    expect(new Set(turnEvents)).toEqual(acknowledged);

    // Every decision taken exactly once.
    const decided = await db.prisma.approvalStep.findMany({ where: { token: { in: steps.map((s) => s.token) } }, select: { status: true, decision: true } });
    expect(decided.every((s) => s.status === 'DECIDED' && s.decision === 'APPROVE')).toBe(true);
    const decisionAudits = await db.prisma.auditLog.groupBy({ by: ['entityId'], where: { entity: 'LeaveRequest', action: 'leave.decided' }, _count: true });
    expect(decisionAudits).toHaveLength(steps.length);
    expect(decisionAudits.every((a) => a._count === 1)).toBe(true);
    expect(await db.prisma.leaveRequest.count()).toBe(steps.length);

    // Every outbox message sent; the fake Bot API saw each one, repeated only where the worker died mid-send.
    for (let i = 0; i < 600 && (await db.prisma.outboxMessage.count({ where: { status: 'PENDING' } })) > 0; i += 1) await new Promise((r) => setTimeout(r, 500));
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
    const sentRows = await db.prisma.outboxMessage.groupBy({ by: ['chatId'], where: { status: 'SENT', id: { gt: seededOutbox } }, _count: true });
    const calls = new Map<string, number>();
    for (const c of api.calls.filter((c) => SENDING.has(c.method))) calls.set(String(c.params.chat_id), (calls.get(String(c.params.chat_id)) ?? 0) + 1);
    const inFlightOf = (chatId: string) => inFlight.filter((r) => r.chatId === chatId).length;
    for (const row of sentRows) {
      const seen = calls.get(row.chatId) ?? 0;
      expect(seen, `chat ${row.chatId}`).toBeGreaterThanOrEqual(row._count);
      expect(seen - row._count, `chat ${row.chatId}`).toBeLessThanOrEqual(inFlightOf(row.chatId));
    }
    await db.close();
  });
});
