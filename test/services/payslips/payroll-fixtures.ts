import { fixedClock } from '../../../src/clock';
import type { PayslipImportFormat } from '../../../src/domain/payslip/payslip-import';
import type { PayrollActor } from '../../../src/services/payslips/payroll-actor';
import { importPayrollMonth, type ImportPayrollMonthInput, type PayrollImportOutcome } from '../../../src/services/payslips/import-payroll-month';
import { publishPayrollMonth, type PublishOutcome } from '../../../src/services/payslips/publish-payroll-month';
import type { Database } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';

/** The demo seed at this time has October 2026 PUBLISHED; the tests import November. */
export const NOW = '2026-11-27T03:00:00Z';
export const PERIOD = '2026-11';

export const hrActor: PayrollActor = { actorType: 'HR_TOKEN', actorId: 7, actorName: 'Rina (BKPSDM)', channel: 'ADMIN_API' };

export interface FixtureLine {
  kind: 'EARNING' | 'DEDUCTION';
  code: string;
  label: string;
  amount: number;
}

export interface FixtureSlip {
  nip: string;
  lines: FixtureLine[];
  net: number;
}

/** A plain slip: base pay by position in the list, a spouse allowance and the IWP deduction. */
export function makeSlip(nip: string, index = 0, overrides: Partial<FixtureSlip> = {}): FixtureSlip {
  const base = 3_000_000 + index * 10_000;
  const lines: FixtureLine[] = [
    { kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: base },
    { kind: 'EARNING', code: 'TUNJ_ISTRI', label: 'Tunjangan istri/suami', amount: base / 10 },
    { kind: 'DEDUCTION', code: 'IWP', label: 'Iuran wajib pegawai (IWP)', amount: (base * 11 * 8) / 1000 },
  ];
  return { nip, lines, net: netOf(lines), ...overrides };
}

export function netOf(lines: readonly FixtureLine[]): number {
  return lines.reduce((sum, l) => sum + (l.kind === 'EARNING' ? l.amount : -l.amount), 0);
}

/** Long CSV: one row per slip line, the net repeated on every row. */
export function longCsv(slips: readonly FixtureSlip[]): string {
  const rows = slips.flatMap((s) => s.lines.map((l) => [s.nip, l.kind, l.code, l.label, String(l.amount), String(s.net)].join(',')));
  return ['nip,kind,code,label,amount,net', ...rows].join('\n') + '\n';
}

const WIDE_COLUMNS: Record<string, string> = { GAJI_POKOK: 'gaji_pokok', TUNJ_ISTRI: 'tunj_istri', IWP: 'iwp' };

/** Wide CSV with the default mapping: one row per employee. */
export function wideCsv(slips: readonly FixtureSlip[]): string {
  const rows = slips.map((s) => {
    const amount = (code: string) => String(s.lines.find((l) => l.code === code)?.amount ?? 0);
    return [s.nip, ...Object.keys(WIDE_COLUMNS).map(amount), String(s.net)].join(',');
  });
  return [['nip', ...Object.values(WIDE_COLUMNS), 'net'].join(','), ...rows].join('\n') + '\n';
}

export function payrollJson(slips: readonly FixtureSlip[], period = PERIOD): string {
  return JSON.stringify({ period, employees: slips.map((s) => ({ nip: s.nip, net: s.net, lines: s.lines })) });
}

export function exportText(format: PayslipImportFormat, slips: readonly FixtureSlip[]): string {
  if (format === 'json') return payrollJson(slips);
  return format === 'csv-wide' ? wideCsv(slips) : longCsv(slips);
}

export async function seedDemoAt(db: Database, size = 40): Promise<void> {
  await seedDemo(db, fixedClock(NOW), size);
}

/** The NIPs of the demo employees, in id order. */
export async function demoNips(db: Database): Promise<string[]> {
  return (await db.prisma.employee.findMany({ select: { nip: true }, orderBy: { id: 'asc' } })).map((e) => e.nip);
}

export function importMonth(db: Database, input: Partial<ImportPayrollMonthInput> & Pick<ImportPayrollMonthInput, 'text'>): Promise<PayrollImportOutcome> {
  return db.prisma.$transaction(
    (tx) => importPayrollMonth(tx, { period: PERIOD, format: 'csv-long', actor: hrActor, now: new Date(NOW), ...input }),
    { timeout: 60_000 },
  );
}

export function publishMonth(db: Database, period = PERIOD): Promise<PublishOutcome> {
  return db.prisma.$transaction((tx) => publishPayrollMonth(tx, { period, actor: hrActor, now: new Date(NOW) }), { timeout: 60_000 });
}

/** Imports and publishes November for the first `count` demo employees. */
export async function publishedNovember(db: Database, count = 5): Promise<string[]> {
  const nips = (await demoNips(db)).slice(0, count);
  const outcome = await importMonth(db, { text: longCsv(nips.map((nip, i) => makeSlip(nip, i))) });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  await publishMonth(db);
  return nips;
}
