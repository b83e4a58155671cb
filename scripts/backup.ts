// npm run backup: a consistent copy of SAPA's SQLite database, taken while
// SAPA runs (SQLite's online backup), written to BACKUP_DIR as
// sapa-<UTC time>.db. For PostgreSQL use pg_dump (README "Back up").
//
// DATABASE_URL and BACKUP_DIR as SAPA reads them; a .env file is read when present.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config';
import { backupSqlite } from '../src/store/backup/backup-sqlite';
import { providerOf, sqlitePath } from '../src/store/database';
import { runCli } from './run-cli';

const root = fileURLToPath(new URL('..', import.meta.url));

runCli(async () => {
  if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);
  const config = loadConfig();
  if (providerOf(config.DATABASE_URL) !== 'sqlite') {
    console.error('DATABASE_URL is PostgreSQL: back it up with pg_dump -Fc (README "Back up").');
    return 2;
  }
  const started = performance.now();
  const backup = await backupSqlite(sqlitePath(config.DATABASE_URL), config.BACKUP_DIR, new Date());
  console.log(`backup written: ${backup.file} (${(backup.bytes / 1_048_576).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms)`);
  return 0;
});
