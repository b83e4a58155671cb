/**
 * Imports a payroll month from the payroll system's export:
 *   npm run payroll:import -- file.csv --period 2026-11 [--kind GAJI|TPP] [--format csv-wide] [--mapping m.json] [--dry-run] [--publish] [--republish]
 * All or nothing: any bad row is printed with its line and nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { loadConfig } from '../src/config';
import { cleanText } from '../src/domain/clean-text';
import { PAYROLL_IMPORT_USAGE, parsePayrollImportArgs, runPayrollImportCommand } from '../src/services/payslips/payroll-import-command';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';
import { runCli } from './run-cli';

async function main(): Promise<number> {
  const command = parsePayrollImportArgs(process.argv.slice(2));
  if (!command) {
    console.error(PAYROLL_IMPORT_USAGE);
    return 2;
  }
  const config = loadConfig();
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const result = await runPayrollImportCommand(db, command, {
      readText: (path) => readFile(path, 'utf8').then(cleanText),
      now: new Date(),
      user: process.env.USER ?? userInfo().username,
    });
    (result.ok ? console.log : console.error)(result.lines.join('\n'));
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

runCli(main);
