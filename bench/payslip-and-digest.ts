import { join } from 'node:path';
import { systemClock } from '../src/clock';
import { jakartaDay } from '../src/domain/day';
import { renderPayslipPdf } from '../src/payslip/render-payslip-pdf';
import { buildDigest } from '../src/services/digest';
import { importPayrollMonth } from '../src/services/payslips/import-payroll-month';
import { loadPayslipDocument } from '../src/services/payslips/load-payslip-document';
import type { PayrollActor } from '../src/services/payslips/payroll-actor';
import { publishPayrollMonth } from '../src/services/payslips/publish-payroll-month';
import { openDatabase, type Database, type Tx } from '../src/store/database';
import { demoPayslipLines } from '../src/store/seed/demo-payslip';
import { freshSqlite } from './lib/bench-databases';
import { cacheDir } from './lib/bench-organisation';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

const actor: PayrollActor = { actorType: 'SYSTEM', actorName: 'bench', channel: 'CLI' };
const agency = { names: ['PEMERINTAH KOTA SERANG', 'BKPSDM'], address: 'Jl. Jenderal Sudirman No. 5, Serang', verifyBaseUrl: 'https://sapa.example/verify' };

function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The payroll system's long CSV for every employee: one row per slip line. */
async function payrollCsv(db: Database): Promise<string> {
  const employees = await db.prisma.employee.findMany({ select: { nip: true, rank: true, position: true }, orderBy: { id: 'asc' } });
  const rows = ['nip,kind,code,label,amount,net'];
  employees.forEach((e, i) => {
    const lines = demoPayslipLines(e.rank, i % 3 !== 0, i % 4, e.position.startsWith('Kepala'));
    const net = lines.reduce((s, l) => s + (l.kind === 'EARNING' ? l.amount : -l.amount), 0);
    for (const l of lines) rows.push([e.nip, l.kind, l.code, l.label, l.amount, net].join(','));
  });
  return `${rows.join('\n')}\n`;
}

/** 2,000 open requests (a first step pending for 1 to 10 days), written in bulk. */
async function openRequests(db: Database, count: number): Promise<void> {
  const employees = await db.prisma.employee.findMany({ where: { supervisorId: { not: null } }, select: { id: true, supervisorId: true }, orderBy: { id: 'asc' }, take: count });
  const now = Date.now();
  await db.prisma.leaveRequest.createMany({
    data: employees.map((e, i) => ({
      ref: `BENCH-${i}`,
      employeeId: e.id,
      typeCode: 'CT',
      startDate: '2026-12-21',
      endDate: '2026-12-22',
      days: 2,
      reason: 'bench',
      address: 'Serang',
      submittedById: e.id,
      status: 'PENDING' as const,
      createdAt: new Date(now - (1 + (i % 10)) * 86_400_000),
    })),
  });
  const ids = await db.prisma.leaveRequest.findMany({ where: { ref: { startsWith: 'BENCH-' } }, select: { id: true, ref: true } });
  const byRef = new Map(employees.map((e, i) => [`BENCH-${i}`, e]));
  await db.prisma.approvalStep.createMany({
    data: ids.map((r, i) => ({
      requestId: r.id,
      order: 1,
      role: 'SUPERVISOR' as const,
      token: `benchtok${String(i).padStart(6, '0')}`,
      approverId: byRef.get(r.ref)!.supervisorId!,
      status: 'PENDING' as const,
      activatedAt: new Date(now - (1 + (i % 10)) * 86_400_000),
    })),
  });
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await work();
  return [performance.now() - t, value];
}

export async function benchPayslipAndDigest(options: { runs: number; renders: number; log: (s: string) => void }) {
  const renderMs: number[] = [];
  const importS: number[] = [];
  const publishS: number[] = [];
  const digestMs: number[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const db = await openDatabase(await freshSqlite(join(cacheDir(), 'payslip.db'), options.log));
    const slip = await db.prisma.payslip.findFirstOrThrow({ select: { id: true } });
    const loaded = (await db.prisma.$transaction((tx) => loadPayslipDocument(tx as Tx, slip.id, agency)))!;
    for (let i = 0; i < options.renders; i += 1) {
      const [ms] = await timed(() => renderPayslipPdf(loaded.document, { password: '01021990', generatedAt: new Date() }));
      renderMs.push(ms);
    }
    const latest = await db.prisma.payrollPeriod.findFirstOrThrow({ orderBy: { period: 'desc' }, select: { period: true } });
    const period = nextPeriod(latest.period);
    const csv = await payrollCsv(db);
    const [imp, outcome] = await timed(() =>
      db.prisma.$transaction((tx) => importPayrollMonth(tx as Tx, { period, format: 'csv-long', text: csv, actor }), { timeout: 600_000, maxWait: 60_000 }),
    );
    if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    const [pub, published] = await timed(() => db.prisma.$transaction((tx) => publishPayrollMonth(tx as Tx, { period, actor }), { timeout: 600_000, maxWait: 60_000 }));
    importS.push(imp / 1000);
    publishS.push((imp + pub) / 1000);
    options.log(`  run ${run}: import ${outcome.slips} slips ${(imp / 1000).toFixed(2)} s, publish (${published.notified} notices) ${(pub / 1000).toFixed(2)} s`);

    await openRequests(db, 2000);
    const day = jakartaDay(systemClock.now());
    for (let i = 0; i < 5; i += 1) {
      const [ms] = await timed(() => db.prisma.$transaction((tx) => buildDigest(tx as Tx, day, systemClock.now())));
      digestMs.push(ms);
    }
    await db.close();
  }
  const rows = [
    { metric: 'render one slip (PDF, encrypted)', unit: 'ms', summary: summarize(renderMs), target: '<= 20' },
    { metric: 'import 10,000-employee month', unit: 's', summary: summarize(importS) },
    { metric: 'import + publish 10,000-employee month', unit: 's', summary: summarize(publishS), target: '<= 5' },
    { metric: 'digest (10,000 employees, 2,000+ open)', unit: 'ms', summary: summarize(digestMs), target: '<= 300' },
  ];
  printTable('Payslip and digest', rows);
  writeResults('payslip-digest', { renderMs, importS, publishS, digestMs, rows });
  return rows;
}
