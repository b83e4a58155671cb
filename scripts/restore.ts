// npm run restore -- <backup file>: puts a backup made by `npm run backup`
// back as SAPA's SQLite database (DATABASE_URL). Refused while a process has
// the database open (stop SAPA first), for a file that is not a SAPA
// database, and for a schema this SAPA does not know. The replaced database
// is kept beside it (<name>.before-restore-<time>). For PostgreSQL use
// pg_restore (README "Back up").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config';
import { RestoreRefused, restoreSqlite } from '../src/store/backup/restore-sqlite';
import { providerOf, sqlitePath } from '../src/store/database';
import { runCli } from './run-cli';

const root = fileURLToPath(new URL('..', import.meta.url));

runCli(async () => {
  if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`);
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run restore -- <backup file>');
    return 2;
  }
  const config = loadConfig();
  if (providerOf(config.DATABASE_URL) !== 'sqlite') {
    console.error('DATABASE_URL is PostgreSQL: restore a pg_dump with pg_restore (README "Back up").');
    return 2;
  }
  const target = sqlitePath(config.DATABASE_URL);
  try {
    const restored = await restoreSqlite(file, target, new Date());
    if (!restored.checkedStopped) console.warn('could not check that SAPA is stopped (no /proc): make sure it is');
    console.log(`restored ${file} to ${target} (${restored.applied} migrations applied)`);
    if (restored.previous) console.log(`the database it replaced: ${restored.previous}`);
    if (restored.pending.length) console.log(`SAPA applies ${restored.pending.length} newer migrations at its next start`);
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`restore refused: ${error.message}`);
    return 1;
  }
});
