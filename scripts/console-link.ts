/**
 * A one-time sign-in link to the HR console, for the very first sign-in:
 *   npm run console:link -- --nip <NIP>
 */
import { runCli } from './run-cli';
import { loadConfig } from '../src/config';
import { CONSOLE_LINK_USAGE, parseConsoleLinkArgs, runConsoleLinkCommand } from '../src/services/console/console-link-command';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(CONSOLE_LINK_USAGE);
    return 0;
  }
  const parsed = parseConsoleLinkArgs(args);
  if ('error' in parsed) {
    console.error(`${parsed.error}\n\n${CONSOLE_LINK_USAGE}`);
    return 2;
  }
  const config = loadConfig();
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const baseUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    const result = await runConsoleLinkCommand(db, { nip: parsed.nip, now: new Date(), baseUrl });
    (result.ok ? console.log : console.error)(result.lines.join('\n'));
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

runCli(main);
