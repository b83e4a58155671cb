import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../../src/generated/sqlite/client';
import { claimableIds } from '../../../src/store/dialect/outbox-claim';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../support/test-database';

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
    const rows = await db.prisma.$queryRaw<Array<{ detail: string }>>(Prisma.sql`EXPLAIN QUERY PLAN ${claimableIds(request, 'sqlite')}`);
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

interface PlanNode {
  'Node Type': string;
  Alias?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

// PostgreSQL plans by its statistics. On payslip day they are stale: thousands
// of rows arrive within a minute on a table last analysed near empty.
describe.skipIf(!testPostgresUrl)('the outbox claim on PostgreSQL, on statistics from an empty table', () => {
  let db: TestDatabase;
  let nodes: PlanNode[];
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    await db.prisma.$executeRawUnsafe('ANALYZE "OutboxMessage"');
    // 6,000 queued replies for 2,000 chats, the first 30 leased to another worker.
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "OutboxMessage" ("channel", "chatId", "payload", "lane", "lockedUntil", "lockedBy")
      SELECT 'TELEGRAM', (g % 2000)::text, '{}'::jsonb, 'INTERACTIVE',
             CASE WHEN g <= 30 THEN now() + interval '1 minute' END, CASE WHEN g <= 30 THEN 'w2' END
      FROM generate_series(1, 6000) g`);
    const request = { workerId: 'w1', now: new Date(), leaseMs: 30_000, limit: 50, perChat: 3, channels: ['TELEGRAM', 'WHATSAPP'] as const };
    const rows = await db.prisma.$queryRaw<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(Prisma.sql`EXPLAIN (FORMAT JSON) ${claimableIds(request, 'postgresql')}`);
    nodes = nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("checks each candidate against its own chat's rows only", () => {
    const checks = nodes.filter((n) => n.Alias?.startsWith('p'));
    expect(checks).toHaveLength(3);
    for (const check of checks) expect(check).toMatchObject({ 'Node Type': 'Index Scan', 'Index Name': 'OutboxMessage_channel_chatId_status_ref_idx' });
  });
});
