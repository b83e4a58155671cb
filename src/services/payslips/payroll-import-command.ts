import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isAppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { detectPayslipFormat, type PayslipImportFormat, type WideMapping } from '../../domain/payslip/payslip-import';
import { translate } from '../../i18n/translate';
import type { Database } from '../../store/database';
import { importPayrollMonth } from './import-payroll-month';
import { payrollActorOfCli } from './payroll-actor';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind, payrollPeriodSchema, payslipKindSchema } from './payroll-period';
import { publishPayrollMonth } from './publish-payroll-month';
import { slipPeriodLabel } from './slip-period-label';
import { wideMappingSchema } from './wide-mapping-schema';

export interface PayrollImportCommand {
  file: string;
  period: string;
  kind: PayslipKind;
  format?: PayslipImportFormat;
  mappingFile?: string;
  publish: boolean;
  republish: boolean;
  dryRun: boolean;
  lang: Language;
}

export const PAYROLL_IMPORT_USAGE = `Usage:
  npm run payroll:import -- <file> --period YYYY-MM [options]

  --kind GAJI|TPP                   which run of the month: the salary (default) or the separate TPP slip
  --format csv-long|csv-wide|json   default: JSON for a JSON file, csv-long with a "kind" column, else csv-wide
  --mapping <mapping.json>          column mapping of a wide CSV ({ nipColumn, netColumn, columns, ignoredColumns })
  --dry-run                         check the file, write nothing
  --publish                         publish the month in the same transaction (employees are told)
  --republish                       allowed to replace a month already published (new revision)
  --lang id|en                      language of the messages (default id)`;

const FORMATS: readonly PayslipImportFormat[] = ['csv-long', 'csv-wide', 'json'];

/** The command of `npm run payroll:import -- ...`, or null when the arguments make none. */
export function parsePayrollImportArgs(argv: readonly string[]): PayrollImportCommand | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        period: { type: 'string' },
        kind: { type: 'string', default: DEFAULT_PAYSLIP_KIND },
        format: { type: 'string' },
        mapping: { type: 'string' },
        publish: { type: 'boolean', default: false },
        republish: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        lang: { type: 'string', default: 'id' },
      },
    });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  const format = values.format as PayslipImportFormat | undefined;
  if (positionals.length !== 1 || !payrollPeriodSchema.safeParse(values.period).success) return null;
  if (format !== undefined && !FORMATS.includes(format)) return null;
  const kind = payslipKindSchema.safeParse(values.kind.toUpperCase());
  if (!kind.success) return null;
  if (values.lang !== 'id' && values.lang !== 'en') return null;
  if (values.publish && values['dry-run']) return null;
  return {
    file: positionals[0]!,
    period: values.period!,
    kind: kind.data,
    ...(format ? { format } : {}),
    ...(values.mapping ? { mappingFile: values.mapping } : {}),
    publish: values.publish,
    republish: values.republish,
    dryRun: values['dry-run'],
    lang: values.lang,
  };
}

export interface PayrollImportIo {
  readText(path: string): Promise<string>;
  now: Date;
  /** Who runs it (the OS user), for the audit trail. */
  user: string;
}

/** Runs the import (and the publication); returns the lines to print and whether it succeeded. */
export async function runPayrollImportCommand(db: Database, command: PayrollImportCommand, io: PayrollImportIo): Promise<{ ok: boolean; lines: string[] }> {
  const t = (key: string, params: Record<string, string | number>) => translate(command.lang, key, params);
  const files = await readFiles(command, io);
  if (!files.ok) return { ok: false, lines: [t(files.key, files.params)] };
  const { text, mapping } = files;
  const format = command.format ?? (command.file.toLowerCase().endsWith('.json') ? 'json' : mapping ? 'csv-wide' : detectPayslipFormat(text));
  const actor = payrollActorOfCli(io.user);
  const period = slipPeriodLabel(command.period, command.kind, command.lang);
  try {
    return await db.prisma.$transaction(
      async (tx) => {
        const outcome = await importPayrollMonth(tx, {
          period: command.period,
          kind: command.kind,
          format,
          text,
          ...(mapping ? { mapping } : {}),
          actor,
          republish: command.republish,
          dryRun: command.dryRun,
          lang: command.lang,
          now: io.now,
        });
        if (!outcome.ok) {
          return { ok: false, lines: [t('payslip.import.summary', { period, count: outcome.errors.length }), ...outcome.errors.map((e) => e.message)] };
        }
        const counts = { period, count: outcome.slips, revision: outcome.revision, status: 'DRAFT' };
        if (outcome.dryRun) return { ok: true, lines: [t('payslip.import.checked', counts)] };
        if (!command.publish) return { ok: true, lines: [t('payslip.import.accepted', counts)] };
        const published = await publishPayrollMonth(tx, { period: command.period, kind: command.kind, actor, now: io.now });
        return {
          ok: true,
          lines: [
            t('payslip.import.accepted', { ...counts, status: 'PUBLISHED' }),
            t('payslip.publish.done', { period, revision: published.revision, count: published.notified }),
          ],
        };
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (isAppError(error)) return { ok: false, lines: [translate(command.lang, error.code, error.params)] };
    throw error;
  }
}

type ReadFiles =
  | { ok: true; text: string; mapping?: WideMapping }
  | { ok: false; key: string; params: Record<string, string> };

/** The export and the optional mapping file, or what is wrong with them. */
async function readFiles(command: PayrollImportCommand, io: PayrollImportIo): Promise<ReadFiles> {
  const read = async (file: string) => {
    try {
      return { ok: true as const, text: await io.readText(file) };
    } catch (error) {
      return { ok: false as const, key: 'payslip.import.unreadable', params: { file, detail: error instanceof Error ? error.message : String(error) } };
    }
  };
  const data = await read(command.file);
  if (!data.ok || !command.mappingFile) return data;
  const mappingFile = await read(command.mappingFile);
  if (!mappingFile.ok) return mappingFile;
  try {
    const mapping = wideMappingSchema.parse(JSON.parse(mappingFile.text)) as WideMapping;
    return { ok: true, text: data.text, mapping };
  } catch (error) {
    const detail = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(error);
    return { ok: false, key: 'payslip.import.invalid_mapping', params: { file: command.mappingFile, detail } };
  }
}
