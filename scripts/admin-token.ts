/**
 * Bearer tokens of the HR admin API:
 *   npm run admin:token -- --name "<staff name>"   (prints the token once)
 *   npm run admin:token -- --revoke <id>
 *   npm run admin:token -- --list
 */
import { runCli } from './run-cli';
import { loadConfig } from '../src/config';
import { ADMIN_TOKEN_USAGE, parseAdminTokenArgs, runAdminTokenCommand } from '../src/services/admin/admin-token-command';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';

async function main(): Promise<number> {
  const command = parseAdminTokenArgs(process.argv.slice(2));
  if (!command) {
    console.error(ADMIN_TOKEN_USAGE);
    return 2;
  }
  const config = loadConfig();
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const result = await runAdminTokenCommand(db, command, new Date());
    (result.ok ? console.log : console.error)(result.lines.join('\n'));
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

runCli(main);
