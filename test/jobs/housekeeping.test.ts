import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { DEFAULT_RETENTION, type RetentionPolicy } from '../../src/domain/retention/retention-policy';
import { housekeepingJob } from '../../src/jobs/housekeeping';
import type { Tx } from '../../src/store/database';
import { ensureReferenceData } from '../../src/store/seed/reference-data';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';
import { NOW } from '../support/jobs-world';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Small batches, so every kind is swept over several transactions. */
const policy: RetentionPolicy = { ...DEFAULT_RETENTION, batchSize: 2 };

describe.each(testProviders)('housekeeping applies the retention policy (%s)', (provider) => {
  let db: TestDatabase;
  const clock = fixedClock(NOW);
  const ago = (ms: number) => new Date(clock.now().getTime() - ms);
  const run = () => housekeepingJob(policy).run({ db, clock, wakeOutbox: () => undefined }, '2026-11-27');

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await ensureReferenceData(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  async function person(tx: Tx, nip: string) {
    const unit = await tx.orgUnit.upsert({ where: { code: 'U' }, create: { code: 'U', name: 'Unit' }, update: {} });
    return tx.employee.create({
      data: { nip, name: `P${nip.slice(-2)}`, kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: unit.id, serviceStart: '2010-01-01', birthDate: '1990-01-01', gender: 'M' },
      select: { id: true },
    });
  }

  it('removes exactly what the policy says, keeps every row another row still needs, audits each batch, and changes nothing the second time', async () => {
    const ids = await db.prisma.$transaction(async (tx) => {
      const a = await person(tx, '199001012020011001');
      const b = await person(tx, '199001012020011002');
      const boss = await person(tx, '198001012005011003');
      await tx.conversationSession.createMany({
        data: [
          { channel: 'TELEGRAM', chatId: 'expired-1', version: 1, state: {}, expiresAt: ago(60_000) },
          { channel: 'TELEGRAM', chatId: 'expired-2', version: 1, state: {}, expiresAt: ago(DAY) },
          { channel: 'TELEGRAM', chatId: 'expired-3', version: 1, state: {}, expiresAt: ago(2 * DAY) },
          { channel: 'TELEGRAM', chatId: 'live', version: 1, state: {}, expiresAt: ago(-10 * 60_000) },
        ],
      });
      await tx.processedEvent.createMany({
        data: [
          { channel: 'TELEGRAM', eventId: 'old', processedAt: ago(15 * DAY) },
          { channel: 'TELEGRAM', eventId: 'new', processedAt: ago(13 * DAY) },
        ],
      });
      const code = (codeHash: string | null, createdAt: Date, expiresAt: Date, usedAt: Date | null = null) =>
        tx.linkCode.create({ data: { codeHash, lookup: codeHash ? 'abcd' : null, employeeId: a.id, createdAt, expiresAt, usedAt, createdBy: 'hr' }, select: { id: true } });
      const codes = {
        usedLongAgo: await code(null, ago(8 * DAY), ago(5 * DAY), ago(8 * DAY)),
        usedRecently: await code('s1$salt$used', ago(2 * DAY), ago(-DAY), ago(DAY)),
        expired: await code('s1$salt$expired', ago(2 * HOUR), ago(HOUR)),
        live: await code('s1$salt$live', ago(HOUR), ago(-71 * HOUR)),
      };
      const failure = (employeeId: number | null, at: Date) => tx.linkFailure.create({ data: { at, identityId: 1, employeeId, reason: 'no_match' }, select: { id: true } });
      const failures = {
        anonymousOld: await failure(null, ago(40 * DAY)),
        spentOld: await failure(b.id, ago(40 * DAY)),
        countingOld: await failure(a.id, ago(40 * DAY)),
        recent: await failure(null, ago(DAY)),
      };
      // b's budget was reset after its failure; a's failure still counts against a.
      await tx.linkGuard.createMany({
        data: [
          { employeeId: b.id, countAfterId: failures.spentOld.id, touchedAt: ago(30 * DAY) },
          { employeeId: a.id, countAfterId: 0, touchedAt: ago(40 * DAY) },
        ],
      });
      const request = async (ref: string, endDate: string, status: 'APPROVED' | 'PENDING') => {
        const created = await tx.leaveRequest.create({
          data: { ref, employeeId: a.id, typeCode: 'CS', startDate: endDate, endDate, days: 1, reason: 'sakit', address: 'rumah', status, submittedById: a.id },
          select: { id: true },
        });
        const step = await tx.approvalStep.create({
          data: { requestId: created.id, order: 1, role: 'SUPERVISOR', token: `tok-${ref}`, approverId: boss.id, status: status === 'PENDING' ? 'PENDING' : 'DECIDED' },
          select: { token: true },
        });
        return { id: created.id, token: step.token };
      };
      const requests = {
        endedLongAgo: await request('CS-1', '2023-11-01', 'APPROVED'),
        endedLastYear: await request('CS-2', '2025-11-01', 'APPROVED'),
        stillPending: await request('CS-3', '2023-11-01', 'PENDING'),
      };
      const doc = (requestId: number | null, createdAt: Date) =>
        tx.leaveDocument.create({
          data: { requestId, employeeId: a.id, kind: 'DOCTOR_LETTER', fileName: 'surat.pdf', mimeType: 'application/pdf', size: 3, sha256: 'x', content: new Uint8Array([1, 2, 3]), createdAt },
          select: { id: true },
        });
      const documents = {
        endedLongAgo: await doc(requests.endedLongAgo.id, ago(3 * 365 * DAY)),
        endedLastYear: await doc(requests.endedLastYear.id, ago(365 * DAY)),
        stillPending: await doc(requests.stillPending.id, ago(3 * 365 * DAY)),
        unattachedOld: await doc(null, ago(3 * DAY)),
        unattachedNew: await doc(null, ago(HOUR)),
      };
      const message = (status: 'SENT' | 'DEAD' | 'PENDING', at: Date, ref: string | null = null) =>
        tx.outboxMessage.create({
          data: { channel: 'TELEGRAM', chatId: '1', payload: { kind: 'text', text: 'x' }, status, createdAt: at, sentAt: status === 'SENT' ? at : null, ref },
          select: { id: true },
        });
      // Oldest first, as ids grow with createdAt.
      const outbox = {
        pendingOld: await message('PENDING', ago(40 * DAY)),
        sentOld: await message('SENT', ago(31 * DAY)),
        deadOld: await message('DEAD', ago(31 * DAY)),
        openCard: await message('SENT', ago(31 * DAY), requests.stillPending.token),
        decidedCard: await message('SENT', ago(31 * DAY), requests.endedLongAgo.token),
        sentRecent: await message('SENT', ago(29 * DAY)),
      };
      const audit = (at: Date, data: object) => tx.auditLog.create({ data: { at, actorType: 'EMPLOYEE', actorId: a.id, actorName: 'P01', action: 'x', entity: 'LeaveRequest', entityId: '1', data }, select: { id: true } });
      const audits = {
        oldWithText: await audit(ago(6 * 365 * DAY), { ref: 'CS-1', reason: 'demam tinggi', detail: { note: 'rawat inap', days: 2 } }),
        oldIdsOnly: await audit(ago(6 * 365 * DAY), { ref: 'CS-1', documentId: 4 }),
        youngWithText: await audit(ago(4 * 365 * DAY), { ref: 'CS-2', reason: 'flu' }),
      };
      return { codes, failures, documents, outbox, audits };
    });

    const result = await run();

    expect(result).toEqual({
      sessions: 3,
      processedEvents: 1,
      codesWiped: 2,
      linkCodes: 1,
      linkFailures: 2,
      outboxMessages: 3,
      leaveDocuments: 2,
      auditRowsStripped: 1,
    });
    expect((await db.prisma.conversationSession.findMany()).map((s) => s.chatId)).toEqual(['live']);
    expect((await db.prisma.processedEvent.findMany()).map((e) => e.eventId)).toEqual(['new']);
    const codes = await db.prisma.linkCode.findMany({ orderBy: { id: 'asc' }, select: { id: true, codeHash: true, lookup: true } });
    expect(codes).toEqual([
      { id: ids.codes.usedRecently.id, codeHash: null, lookup: null },
      { id: ids.codes.expired.id, codeHash: null, lookup: null },
      { id: ids.codes.live.id, codeHash: 's1$salt$live', lookup: 'abcd' },
    ]);
    expect((await db.prisma.linkFailure.findMany({ orderBy: { id: 'asc' } })).map((f) => f.id)).toEqual([ids.failures.countingOld.id, ids.failures.recent.id]);
    expect((await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((m) => m.id)).toEqual([
      ids.outbox.pendingOld.id,
      ids.outbox.openCard.id,
      ids.outbox.sentRecent.id,
    ]);
    const documents = await db.prisma.leaveDocument.findMany({ orderBy: { id: 'asc' }, select: { id: true, size: true, content: true, purgedAt: true } });
    expect(documents.map((d) => ({ id: d.id, bytes: d.content.length, purged: d.purgedAt !== null }))).toEqual([
      { id: ids.documents.endedLongAgo.id, bytes: 0, purged: true },
      { id: ids.documents.endedLastYear.id, bytes: 3, purged: false },
      { id: ids.documents.stillPending.id, bytes: 3, purged: false },
      { id: ids.documents.unattachedOld.id, bytes: 0, purged: true },
      { id: ids.documents.unattachedNew.id, bytes: 3, purged: false },
    ]);
    const audit = async (id: number) => (await db.prisma.auditLog.findUniqueOrThrow({ where: { id } })).data;
    expect(await audit(ids.audits.oldWithText.id)).toEqual({ ref: 'CS-1', detail: { days: 2 } });
    expect(await audit(ids.audits.oldIdsOnly.id)).toEqual({ ref: 'CS-1', documentId: 4 });
    expect(await audit(ids.audits.youngWithText.id)).toEqual({ ref: 'CS-2', reason: 'flu' });
    const oldRow = await db.prisma.auditLog.findUniqueOrThrow({ where: { id: ids.audits.oldWithText.id } });
    expect(oldRow).toMatchObject({ actorName: 'P01', action: 'x', entity: 'LeaveRequest', entityId: '1' });

    const applied = await db.prisma.auditLog.findMany({ where: { action: 'retention.applied' }, select: { data: true } });
    const audited: Record<string, number> = {};
    for (const row of applied) {
      const data = row.data as { kind: string; count: number };
      expect(data.count).toBeLessThanOrEqual(policy.batchSize);
      audited[data.kind] = (audited[data.kind] ?? 0) + data.count;
    }
    expect(audited).toEqual(Object.fromEntries(Object.entries(result).filter(([, n]) => Number(n) > 0)));
    expect(applied.length).toBeGreaterThan(Object.keys(audited).length);

    const again = await run();
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });
});
