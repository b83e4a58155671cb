import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBatch } from '../../../src/store/dialect/postgres-dialect';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../support/test-database';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

// PostgreSQL takes a set-returning function for 100 rows: told nothing of the
// batch's size, it hashed every chat identity and every active employee to
// start one turn.
describe.skipIf(!testPostgresUrl)("the PostgreSQL turn batch's first read, over 3,000 linked employees", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    await db.prisma.$executeRawUnsafe(`INSERT INTO "OrgUnit" ("code", "name", "updatedAt") VALUES ('U1', 'Unit', now())`);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "Employee" ("nip", "name", "kind", "rank", "position", "unitId", "supervisorId", "serviceStart", "birthDate", "gender", "updatedAt")
      SELECT 'N' || g, 'Employee ' || g, 'PNS', 'III/a', 'Staff', (SELECT min("id") FROM "OrgUnit"), NULL, '2010-01-01', '1980-01-01', 'M', now()
      FROM generate_series(1, 3000) g`);
    // Each supervisor has ten people, as in a city's units.
    await db.prisma.$executeRawUnsafe(`UPDATE "Employee" e SET "supervisorId" = s."id" FROM "Employee" s WHERE s."nip" = 'N' || (((substr(e."nip", 2)::int - 1) / 10) * 10 + 1) AND s."id" <> e."id"`);
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO "ChatIdentity" ("channel", "externalId", "employeeId", "verifiedAt", "updatedAt")
      SELECT 'TELEGRAM', e."id"::text, e."id", now(), now() FROM "Employee" e`);
    await db.prisma.$executeRawUnsafe('ANALYZE');
  });
  afterAll(async () => {
    await db.drop();
  });

  const scansOf = async (count: number) => {
    const messages = Array.from({ length: count }, (_, n) => ({ n, channel: 'TELEGRAM', eventId: `e${n}`, chatId: String(n + 10), externalId: String(n + 10) }));
    // The messages as a literal, as the turn journal sends them (with the chats' locks and BEGIN, in one message).
    const rows = await db.prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(
      `EXPLAIN (FORMAT JSON) ${readBatch(count, pg.escapeLiteral(JSON.stringify(messages)))}`,
    );
    return nodesOf(rows[0]!['QUERY PLAN'][0]!.Plan).filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']);
  };

  it('looks a batch of one up on the indexes, scanning no identity or employee', async () => {
    const scanned = await scansOf(1);
    expect(scanned).not.toContain('ChatIdentity');
    expect(scanned).not.toContain('Employee');
  });

  // A full batch of 64 may hash the identities instead, once for 64 turns.
  it('does so for a batch of eight too', async () => {
    const scanned = await scansOf(8);
    expect(scanned).not.toContain('ChatIdentity');
    expect(scanned).not.toContain('Employee');
  });
});
