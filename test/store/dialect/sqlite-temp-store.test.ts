import { readdirSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** SQLite's temporary files this process holds open (SQLite names them etilqs_*, unlinked as soon as opened). */
function sqliteTempFiles(): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.includes('etilqs_'));
}

/**
 * A turn's savepoint keeps the pages its writes change in a sub-journal;
 * SQLite writes one to a temporary file once it passes 64 KiB, a write() a
 * page. SAPA's connection keeps them in memory (temp_store).
 */
describe.runIf(process.platform === 'linux')('SQLite: statement journals in memory', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await db.prisma.$executeRawUnsafe('CREATE TABLE "JournalProbe" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)');
    // About 250 pages of 4 KiB, committed: changing them all makes a sub-journal of about 1 MiB.
    await db.prisma.$executeRawUnsafe(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
      INSERT INTO "JournalProbe" ("id", "text") SELECT i, printf('%.200c', 'a') FROM n`);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('opens no temporary file for a savepoint that changes a megabyte of pages', async () => {
    const during = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SAVEPOINT probe');
      await tx.$executeRawUnsafe(`UPDATE "JournalProbe" SET "text" = printf('%.200c', 'b')`);
      const open = sqliteTempFiles();
      await tx.$executeRawUnsafe('ROLLBACK TO probe');
      await tx.$executeRawUnsafe('RELEASE probe');
      return open;
    });
    expect(during).toEqual([]);
    // The savepoint's rollback restored every page from the journal kept in memory.
    const [kept] = await db.prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "JournalProbe" WHERE "text" = printf('%.200c', 'a')`);
    expect(Number(kept?.n)).toBe(4000);
  });
});
