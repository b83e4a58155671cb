import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/app-error';
import type { PayslipImportFormat } from '../../../src/domain/payslip/payslip-import';
import { IMPORT_ERROR_CODES, type ImportErrorCode } from '../../../src/domain/payslip/payslip-types';
import { normalizeVerificationCode } from '../../../src/domain/payslip/verification-code';
import type { Database } from '../../../src/store/database';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import {
  NOW,
  PERIOD,
  demoNips,
  exportText,
  hrActor,
  importMonth,
  longCsv,
  makeSlip,
  publishMonth,
  seedDemoAt,
  wideCsv,
} from './payroll-fixtures';

const UNKNOWN_NIP = '199901012020011999';

/** Everything an import may write, to prove a refused import wrote nothing. */
async function snapshot(db: Database) {
  const [periods, slips, lines, audits, codes] = await Promise.all([
    db.prisma.payrollPeriod.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.payslip.count(),
    db.prisma.payslipLine.count(),
    db.prisma.auditLog.count(),
    db.prisma.payslip.findMany({ select: { verificationCode: true }, orderBy: { id: 'asc' } }),
  ]);
  return { periods, slips, lines, audits, codes };
}

interface ErrorCase {
  code: ImportErrorCode;
  format: PayslipImportFormat;
  text: (a: string, b: string) => string;
  line: number;
}

const HEADER = 'nip,kind,code,label,amount,net';
const row = (nip: string, kind: string, code: string, amount: string, net: string) => `${nip},${kind},${code},${code} label,${amount},${net}`;
const lines = (...all: string[]) => all.join('\n') + '\n';

/** One file per error kind; `line` is where the service must report it. */
const ERROR_CASES: ErrorCase[] = [
  { code: 'payslip.import.empty', format: 'csv-long', line: 0, text: () => lines(HEADER) },
  { code: 'payslip.import.unterminated_quote', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '100'), `${a},EARNING,"TJ,x,1,100`) },
  { code: 'payslip.import.invalid_json', format: 'json', line: 0, text: () => '{"period": "2026-11", ' },
  { code: 'payslip.import.invalid_field', format: 'json', line: 2, text: (a, b) => JSON.stringify({ period: PERIOD, employees: [{ nip: a, net: 1, lines: [] }, { nip: b, lines: [] }] }) },
  { code: 'payslip.import.period_mismatch', format: 'json', line: 0, text: (a) => JSON.stringify({ period: '2026-10', employees: [{ nip: a, net: 0, lines: [] }] }) },
  { code: 'payslip.import.missing_column', format: 'csv-long', line: 1, text: (a) => lines('nip,kind,code,label,amount', `${a},EARNING,GP,Gaji,100`) },
  { code: 'payslip.import.unknown_column', format: 'csv-wide', line: 1, text: (a) => lines('nip,gaji_pokok,bonus_rahasia,net', `${a},100,5,100`) },
  { code: 'payslip.import.duplicate_column', format: 'csv-wide', line: 1, text: (a) => lines('nip,gaji_pokok,gaji_pokok,net', `${a},100,100,200`) },
  { code: 'payslip.import.column_count', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '100'), `${a},EARNING,TJ`) },
  { code: 'payslip.import.missing_value', format: 'csv-long', line: 2, text: (a) => lines(HEADER, `${a},EARNING,GP,,100,100`) },
  { code: 'payslip.import.invalid_kind', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '100'), row(a, 'bonus', 'X', '5', '100')) },
  { code: 'payslip.import.invalid_amount', format: 'csv-long', line: 2, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '1.5', '100')) },
  { code: 'payslip.import.amount_too_large', format: 'csv-long', line: 2, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '3000000000', '100')) },
  { code: 'payslip.import.unknown_nip', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '100'), row(UNKNOWN_NIP, 'EARNING', 'GP', '100', '100')) },
  {
    code: 'payslip.import.duplicate_employee',
    format: 'csv-long',
    line: 4,
    text: (a, b) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '100'), row(b, 'EARNING', 'GP', '100', '100'), row(a, 'EARNING', 'TJ', '5', '100')),
  },
  { code: 'payslip.import.duplicate_line', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '200'), row(a, 'EARNING', 'GP', '100', '200')) },
  { code: 'payslip.import.missing_net', format: 'csv-long', line: 2, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', ''), row(a, 'EARNING', 'TJ', '5', '')) },
  { code: 'payslip.import.net_inconsistent', format: 'csv-long', line: 3, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '105'), row(a, 'EARNING', 'TJ', '5', '106')) },
  { code: 'payslip.import.net_mismatch', format: 'csv-long', line: 2, text: (a) => lines(HEADER, row(a, 'EARNING', 'GP', '100', '90'), row(a, 'DEDUCTION', 'IWP', '5', '')) },
  { code: 'payslip.import.empty_slip', format: 'csv-wide', line: 3, text: (a, b) => lines('nip,gaji_pokok,net', `${a},100,100`, `${b},0,0`) },
];

describe('the error table', () => {
  it('covers every import error kind', () => {
    expect(new Set(ERROR_CASES.map((c) => c.code))).toEqual(new Set(IMPORT_ERROR_CODES));
  });
});

describe.each(testProviders)('importPayrollMonth on %s', (provider) => {
  let db: TestDatabase;
  let nips: string[];
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemoAt(db);
    nips = await demoNips(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it.each(['csv-long', 'csv-wide', 'json'] as const)('imports a %s month as a DRAFT with slips, lines and verification codes', async (format) => {
    const slips = nips.slice(0, 3).map((nip, i) => makeSlip(nip, i));
    const outcome = await importMonth(db, { format, text: exportText(format, slips) });

    expect(outcome).toMatchObject({ ok: true, period: PERIOD, dryRun: false, revision: 1, slips: 3, lines: 9, replaced: 0, republished: false });
    const period = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } }, include: { payslips: { include: { lines: true, employee: true } } } });
    expect(period).toMatchObject({ status: 'DRAFT', revision: 1, importedBy: hrActor.actorName, publishedAt: null });
    const first = period.payslips.find((p) => p.employee.nip === nips[0])!;
    expect(first).toMatchObject({ earnings: 3_300_000, deductions: 264_000, net: 3_036_000 });
    expect(first.lines.sort((x, y) => x.position - y.position).map((l) => [l.position, l.kind, l.code, l.amount])).toEqual([
      [1, 'EARNING', 'GAJI_POKOK', 3_000_000],
      [2, 'EARNING', 'TUNJ_ISTRI', 300_000],
      [3, 'DEDUCTION', 'IWP', 264_000],
    ]);
    for (const slip of period.payslips) expect(normalizeVerificationCode(slip.verificationCode)).toBe(slip.verificationCode);
    expect(new Set(period.payslips.map((p) => p.verificationCode)).size).toBe(3);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.imported' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorName: hrActor.actorName, entity: 'PayrollPeriod', entityId: PERIOD });
    expect(audit.data).toMatchObject({ format, revision: 1, slips: 3, lines: 9 });
  });

  it.each(ERROR_CASES)('reports $code at line $line and writes nothing', async ({ code, format, text, line }) => {
    const before = await snapshot(db);
    const outcome = await importMonth(db, { format, text: text(nips[0]!, nips[1]!) });

    if (outcome.ok) throw new Error('expected the import to be refused');
    const error = outcome.errors.find((e) => e.code === code);
    expect(error?.line).toBe(line);
    if (line > 0) expect(error?.message).toMatch(format === 'json' ? `Data ke-${line}: ` : `Baris ${line}: `);
    expect(error?.message).not.toContain('payslip.import');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports every bad row of one file by line, in English on request, and imports none of the good ones', async () => {
    const good = nips.slice(0, 4).map((nip, i) => makeSlip(nip, i));
    const text = [
      longCsv(good).trimEnd(),
      row(UNKNOWN_NIP, 'EARNING', 'GP', '100', '100'),
      row(nips[5]!, 'EARNING', 'GP', '4.250.30', '100'),
    ].join('\n');
    const outcome = await importMonth(db, { text, lang: 'en' });

    if (outcome.ok) throw new Error('expected the import to be refused');
    expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([
      [14, 'payslip.import.unknown_nip'],
      [15, 'payslip.import.invalid_amount'],
    ]);
    expect(outcome.errors[0]!.message).toBe(`Line 14: NIP ${UNKNOWN_NIP} is not registered.`);
    expect(await db.prisma.payrollPeriod.count({ where: { period: PERIOD } })).toBe(0);
    expect(await db.prisma.payslip.count()).toBe(40);
  });

  it('leaves a DRAFT month as it was when its re-import is refused', async () => {
    await importMonth(db, { text: longCsv(nips.slice(0, 2).map((nip, i) => makeSlip(nip, i))) });
    const before = await snapshot(db);
    const outcome = await importMonth(db, { text: longCsv([makeSlip(UNKNOWN_NIP)]) });
    expect(outcome.ok).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('replaces a DRAFT month on a new import, keeping its revision', async () => {
    await importMonth(db, { text: longCsv(nips.slice(0, 3).map((nip, i) => makeSlip(nip, i))) });
    const oldCodes = (await db.prisma.payslip.findMany({ where: { period: { period: PERIOD } } })).map((p) => p.verificationCode);

    const outcome = await importMonth(db, { format: 'csv-wide', text: wideCsv(nips.slice(2, 4).map((nip, i) => makeSlip(nip, i + 10))) });

    expect(outcome).toMatchObject({ ok: true, revision: 1, slips: 2, replaced: 3, republished: false });
    const slips = await db.prisma.payslip.findMany({ where: { period: { period: PERIOD } }, include: { employee: true, lines: true } });
    expect(slips.map((s) => s.employee.nip).sort()).toEqual(nips.slice(2, 4).sort());
    expect(slips.every((s) => !oldCodes.includes(s.verificationCode))).toBe(true);
    expect(await db.prisma.payslipLine.count({ where: { payslip: { period: { period: PERIOD } } } })).toBe(6);
    expect(await db.prisma.auditLog.count({ where: { action: 'payroll.imported', entityId: PERIOD } })).toBe(2);
    expect(await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } } })).toMatchObject({ status: 'DRAFT', revision: 1 });
  });

  it('refuses to re-import a PUBLISHED month without republish, changing nothing', async () => {
    await importMonth(db, { text: longCsv(nips.slice(0, 3).map((nip, i) => makeSlip(nip, i))) });
    await publishMonth(db);
    const before = await snapshot(db);

    const refused = importMonth(db, { text: longCsv([makeSlip(nips[0]!, 99)]) });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'conflict.payroll_published', params: { period: PERIOD, revision: 1 } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('republishes on request: new revision, slips replaced, back to DRAFT, audited as such', async () => {
    await importMonth(db, { text: longCsv(nips.slice(0, 3).map((nip, i) => makeSlip(nip, i))) });
    await publishMonth(db);
    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { period: { period: PERIOD } } });
    const identity = await db.prisma.chatIdentity.create({ data: { channel: 'LOCAL', externalId: 'x', employeeId: slip.employeeId, verifiedAt: new Date(NOW) } });
    await db.prisma.payslipDelivery.create({ data: { payslipId: slip.id, identityId: identity.id } });

    const corrected = nips.slice(0, 3).map((nip, i) => makeSlip(nip, i + 1));
    const outcome = await importMonth(db, { text: longCsv(corrected), republish: true });

    expect(outcome).toMatchObject({ ok: true, revision: 2, slips: 3, replaced: 3, republished: true });
    const period = await db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: PERIOD, kind: 'GAJI' } }, include: { payslips: true } });
    expect(period).toMatchObject({ status: 'DRAFT', revision: 2, publishedAt: null, publishedBy: null });
    expect(period.payslips.map((p) => p.net).sort()).toEqual(corrected.map((s) => s.net).sort());
    expect(await db.prisma.payslip.findUnique({ where: { id: slip.id } })).toBeNull();
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'payroll.republished' } });
    expect(audit.data).toMatchObject({ revision: 2, previousRevision: 1, replaced: 3 });
  });

  it('checks without writing on a dry run', async () => {
    const before = await snapshot(db);
    const outcome = await importMonth(db, { text: longCsv(nips.slice(0, 2).map((nip, i) => makeSlip(nip, i))), dryRun: true });
    expect(outcome).toMatchObject({ ok: true, dryRun: true, slips: 2, lines: 6, revision: 1 });
    if (outcome.ok) expect(outcome.totals).toEqual({ earnings: 3_300_000 + 3_311_000, deductions: 264_000 + 264_880, net: 3_036_000 + 3_046_120 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a period that is not a month', async () => {
    await expect(importMonth(db, { period: '2026-13', text: longCsv([makeSlip(nips[0]!)]) })).rejects.toMatchObject({
      code: 'payslip.period_invalid',
    });
  });
});
