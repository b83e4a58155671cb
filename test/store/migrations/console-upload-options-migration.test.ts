import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database';
import { applyMigrations } from '../../../src/store/migrations/apply-migrations';
import { testProviders } from '../../support/test-database';
import { migratedUpTo } from './migrated-up-to';

const MIGRATION = '20261207064611_console_upload_options';

describe.each(testProviders)('migration %s: console uploads with their choices as options', (provider) => {
  it('keeps an upload awaiting its confirmation, its holiday year and national days now in options', async () => {
    const database = await migratedUpTo(provider, MIGRATION);
    try {
      let db = await openDatabase(database.url);
      const columns = `"token", "kind", "year", "prefillNational", "fileName", "content", "sha256", "uploadedById", "expiresAt"`;
      await db.prisma.$executeRawUnsafe(`INSERT INTO "ConsoleImportUpload" (${columns}) VALUES ('t-holidays', 'holidays', 2030, true, 'libur.csv', 'x', 'h', 7, '2026-12-07 08:00:00')`);
      await db.prisma.$executeRawUnsafe(`INSERT INTO "ConsoleImportUpload" (${columns}) VALUES ('t-employees', 'employees', NULL, false, 'pegawai.csv', 'y', 'h', 7, '2026-12-07 08:00:00')`);
      await db.close();

      expect((await applyMigrations(database.url)).applied).toContain(MIGRATION);
      db = await openDatabase(database.url);
      expect(await db.prisma.consoleImportUpload.findMany({ orderBy: { id: 'asc' }, select: { token: true, kind: true, options: true, fileName: true, content: true } })).toEqual([
        { token: 't-holidays', kind: 'holidays', options: { year: 2030, prefillNational: true }, fileName: 'libur.csv', content: 'x' },
        { token: 't-employees', kind: 'employees', options: { year: null, prefillNational: false }, fileName: 'pegawai.csv', content: 'y' },
      ]);
      await db.close();
    } finally {
      await database.drop();
    }
  });
});
