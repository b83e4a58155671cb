import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import { submitLeave } from '../../src/services/leave/submit-leave';
import type { Tx } from '../../src/store/database';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { startTelegramHarness, type TelegramHarness } from '../channels/telegram/telegram-harness';
import { callbackUpdate, textUpdate } from '../channels/telegram/updates';
import { linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { seededRandom, sizeOf } from './reliability-size';

const NOW = '2026-11-27T03:00:00Z';
const DECISIONS = ['APPROVE', 'NOTE', 'REJECT', 'CHANGE', 'DEFER'] as const;
const chatOf = (employeeId: number) => 710_000 + employeeId;

describe('authorization: forged approval presses across random (person, request) pairs', () => {
  const pairs = sizeOf(1000, 100);
  let db: TestDatabase;
  let tg: TelegramHarness;
  let people: Array<{ id: number; name: string; nip: string; supervisorId: number | null }>;
  let steps: Array<{ token: string; approverId: number; requestId: number; ownerId: number }>;

  async function decisionsSnapshot() {
    const [requests, stepRows, audits] = await Promise.all([
      db.prisma.leaveRequest.findMany({ select: { id: true, status: true, version: true, currentStep: true }, orderBy: { id: 'asc' } }),
      db.prisma.approvalStep.findMany({ select: { id: true, status: true, decision: true, decidedById: true }, orderBy: { id: 'asc' } }),
      db.prisma.auditLog.count({ where: { entity: 'LeaveRequest' } }),
    ]);
    return { requests, stepRows, audits };
  }

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW), 60);
    people = await db.prisma.employee.findMany({ select: { id: true, name: true, nip: true, supervisorId: true }, orderBy: { id: 'asc' } });
    for (const p of people) await linkIdentity(db, 'TELEGRAM', String(chatOf(p.id)), p.nip);
    await db.prisma.leaveBalance.updateMany({ data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    const clock = fixedClock(NOW);
    const owners = people.filter((p) => p.supervisorId !== null).slice(4, 24);
    for (const owner of owners) {
      await db.prisma.$transaction((tx) =>
        submitLeave(tx as Tx, { clock }, {
          employeeId: owner.id,
          actor: { type: 'EMPLOYEE', employeeId: owner.id, name: owner.name, channel: 'TELEGRAM' },
          typeCode: 'CT',
          start: '2026-12-14',
          end: '2026-12-15',
          reason: 'Urusan keluarga',
          address: 'Serang',
        }),
      );
    }
    steps = (
      await db.prisma.approvalStep.findMany({ where: { status: 'PENDING' }, select: { token: true, approverId: true, requestId: true, request: { select: { employeeId: true } } } })
    ).map((s) => ({ token: s.token, approverId: s.approverId, requestId: s.requestId, ownerId: s.request.employeeId }));
    tg = await startTelegramHarness(db, { now: NOW, flows: createFlowRegistry() });
  });
  afterAll(async () => {
    await tg.close();
    await db.drop();
  });

  it(`accepts none of ${pairs} forged presses (and their follow-up notes)`, async () => {
    expect(steps.length).toBeGreaterThanOrEqual(10);
    const before = await decisionsSnapshot();
    const random = seededRandom(20261127);
    let forged = 0;
    while (forged < pairs) {
      const step = steps[Math.floor(random() * steps.length)]!;
      // Owners of the request are included on purpose; the approver of the step is not (that press is legitimate).
      const person = people[Math.floor(random() * people.length)]!;
      if (person.id === step.approverId) continue;
      forged += 1;
      const decision = DECISIONS[Math.floor(random() * DECISIONS.length)]!;
      const chat = { id: chatOf(person.id), first_name: person.name };
      const press = await tg.post(callbackUpdate(chat, `dec:${step.token}:${decision}`, 1000 + forged));
      expect(press.statusCode).toBe(200);
      const note = await tg.post(textUpdate(chat, decision === 'CHANGE' ? '21-22 des' : 'setuju'));
      expect(note.statusCode).toBe(200);
    }
    expect(await decisionsSnapshot()).toEqual(before);
  });

  it('the same press by the real approver is accepted (the check above can see an acceptance)', async () => {
    const step = steps[0]!;
    const approver = people.find((p) => p.id === step.approverId)!;
    const chat = { id: chatOf(approver.id), first_name: approver.name };
    expect((await tg.post(callbackUpdate(chat, `dec:${step.token}:APPROVE`, 99_999))).statusCode).toBe(200);
    const decided = await db.prisma.approvalStep.findFirstOrThrow({ where: { token: step.token } });
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'APPROVE', decidedById: approver.id });
  });
});
