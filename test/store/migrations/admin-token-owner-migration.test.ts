import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { testProviders } from '../../support/test-database';
import { migratedUpTo } from './migrated-up-to';

const MIGRATION = '20261206152913_admin_token_owner_scopes_expiry';

describe.each(testProviders)('migration %s: tokens made before owners, scopes and expiry', (provider) => {
  it('are revoked, each with an audit row; tokens revoked before keep their time', async () => {
    const database = await migratedUpTo(provider, MIGRATION);
    try {
      let db = await openDatabase(database.url);
      const revokedEarlier = new Date('2026-10-01T00:00:00Z');
      await db.prisma.$executeRawUnsafe(`INSERT INTO "AdminToken" ("name", "tokenHash", "createdAt") VALUES ('Rina', 'hash-a', ${provider === 'sqlite' ? "'2026-09-01T00:00:00.000+00:00'" : "'2026-09-01 00:00:00'"})`);
      await db.prisma.$executeRawUnsafe(`INSERT INTO "AdminToken" ("name", "tokenHash", "revokedAt") VALUES ('Budi', 'hash-b', ${provider === 'sqlite' ? "'2026-10-01T00:00:00.000+00:00'" : "'2026-10-01 00:00:00'"})`);
      await db.close();

      expect((await applyMigrations(database.url)).applied).toContain(MIGRATION);
      db = await openDatabase(database.url);
      const tokens = await db.prisma.adminToken.findMany({ orderBy: { id: 'asc' }, select: { name: true, ownerId: true, scopes: true, expiresAt: true, revokedAt: true } });
      expect(tokens).toEqual([
        { name: 'Rina', ownerId: null, scopes: '', expiresAt: null, revokedAt: expect.any(Date) },
        { name: 'Budi', ownerId: null, scopes: '', expiresAt: null, revokedAt: revokedEarlier },
      ]);
      expect(Math.abs(tokens[0]!.revokedAt!.getTime() - Date.now())).toBeLessThan(60_000);
      const audits = await db.prisma.auditLog.findMany({ where: { action: 'admin_token.revoked' } });
      expect(audits).toEqual([expect.objectContaining({ actorType: 'SYSTEM', actorName: 'migration', entity: 'AdminToken', entityId: '1' })]);
      await db.close();
    } finally {
      await database.drop();
    }
  });
});
