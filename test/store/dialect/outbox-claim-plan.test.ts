import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/sqlite/client';
import { claimableIds } from '../../../src/store/dialect/outbox-claim';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// SQLite plans without statistics (SAPA never runs ANALYZE), so the plan on an empty table is the plan on a full one.
describe('the outbox claim on SQLite', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db.drop();
  });

  const plan = async () => {
    const request = { workerId: 'w1', now: new Date(), leaseMs: 30_000, limit: 100, perChat: 3, channels: ['TELEGRAM', 'WHATSAPP'] as const };
    const rows = await db.prisma.$queryRaw<Array<{ detail: string }>>(Prisma.sql`EXPLAIN QUERY PLAN ${claimableIds(request, true)}`);
    return rows.map((r) => r.detail);
  };

  it('walks each lane on (status, lane, id)', async () => {
    const scans = (await plan()).filter((d) => / m( |$)/.test(d));
    expect(scans).toHaveLength(3);
    for (const scan of scans) expect(scan).toBe('SEARCH m USING INDEX OutboxMessage_status_lane_id_idx (status=? AND lane=?)');
  });

  it("checks a candidate against its own chat's rows only", async () => {
    const checks = (await plan()).filter((d) => / p( |$)/.test(d));
    expect(checks).toHaveLength(3);
    for (const check of checks) expect(check).toBe('SEARCH p USING INDEX OutboxMessage_channel_chatId_status_ref_idx (channel=? AND chatId=? AND status=?)');
  });
});
