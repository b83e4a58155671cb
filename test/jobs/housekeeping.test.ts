import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { housekeepingJob } from '../../src/jobs/housekeeping';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { NOW } from './jobs-world';

describe('housekeeping', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });

  it('drops stale conversations, expired unused link codes and old dedupe records, and keeps the rest', async () => {
    const clock = fixedClock(NOW);
    const at = (hoursAgo: number) => new Date(clock.now().getTime() - hoursAgo * 3_600_000);
    const employee = await db.prisma.employee.create({
      data: { nip: '199001012020011001', name: 'A', kind: 'PNS', rank: 'III/a', position: 'x', unit: { create: { code: 'U', name: 'U' } }, serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'M' },
    });
    await db.prisma.conversationSession.createMany({
      data: [
        { channel: 'TELEGRAM', chatId: 'stale', version: 1, state: {}, expiresAt: at(25) },
        { channel: 'TELEGRAM', chatId: 'recent', version: 1, state: {}, expiresAt: at(2) },
      ],
    });
    await db.prisma.linkCode.createMany({
      data: [
        { codeHash: 'expired', employeeId: employee.id, expiresAt: at(1), createdBy: 'hr' },
        { codeHash: 'used', employeeId: employee.id, expiresAt: at(1), usedAt: at(5), createdBy: 'hr' },
        { codeHash: 'valid', employeeId: employee.id, expiresAt: at(-24), createdBy: 'hr' },
      ],
    });
    await db.prisma.processedEvent.createMany({
      data: [
        { channel: 'TELEGRAM', eventId: 'old', processedAt: at(15 * 24) },
        { channel: 'TELEGRAM', eventId: 'new', processedAt: at(13 * 24) },
      ],
    });

    const result = await housekeepingJob().run({ db, clock, wakeOutbox: () => undefined }, '2026-11-27');

    expect(result).toEqual({ sessions: 1, linkCodes: 1, processedEvents: 1 });
    expect((await db.prisma.conversationSession.findMany()).map((s) => s.chatId)).toEqual(['recent']);
    expect((await db.prisma.linkCode.findMany({ orderBy: { id: 'asc' } })).map((c) => c.codeHash)).toEqual(['used', 'valid']);
    expect((await db.prisma.processedEvent.findMany()).map((e) => e.eventId)).toEqual(['new']);
  });
});
