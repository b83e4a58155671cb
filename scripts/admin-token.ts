/**
 * Bearer tokens of the HR admin API (`npm run admin:token` without arguments
 * prints the usage):
 *   npm run admin:token -- create --nip <NIP> --scopes read,leave [--days 90] [--name "<label>"]
 *   npm run admin:token -- list
 *   npm run admin:token -- revoke <id>
 */
import { userInfo } from 'node:os';
import { runCli } from './run-cli';
import { loadConfig } from '../src/config';
import { ADMIN_TOKEN_USAGE, parseAdminTokenArgs, runAdminTokenCommand } from '../src/services/admin/admin-token-command';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log(ADMIN_TOKEN_USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const command = parseAdminTokenArgs(args);
  if ('error' in command) {
    console.error(`${command.error}\n\n${ADMIN_TOKEN_USAGE}`);
    return 2;
  }
  const config = loadConfig();
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const result = await runAdminTokenCommand(db, command, new Date(), userInfo().username);
    (result.ok ? console.log : console.error)(result.lines.join('\n'));
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

runCli(main);
