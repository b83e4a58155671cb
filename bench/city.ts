import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../src/clock';
import { jakartaDay } from '../src/domain/day';
import { buildDigest } from '../src/services/digest';
import { buildWorklist } from '../src/services/worklist/build-worklist';
import { openDatabase, type Database, type Tx } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';
import { generateCity } from '../src/store/seed/generate-city';
import { insertCity } from '../src/store/seed/insert-city';
import { cacheDir } from './lib/bench-organisation';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

/**
 * What HR's lists meet in a busy city: 2,000 open requests (a tenth escalated
 * with nobody above, a tenth sick leave without the doctor's letter), 300
 * profile changes, 200 dead-lettered messages, half the staff linked.
 */
async function busyCity(db: Database): Promise<void> {
  const people = await db.prisma.employee.findMany({ select: { id: true, unitId: true }, orderBy: { id: 'asc' } });
  const units = await db.prisma.orgUnit.findMany({ select: { id: true, headId: true } });
  const headOf = new Map(units.map((u) => [u.id, u.headId]));
  const now = Date.now();
  const staff = people.filter((p) => headOf.get(p.unitId) !== p.id && headOf.get(p.unitId) != null).slice(0, 2000);
  await db.prisma.leaveRequest.createMany({
    data: staff.map((e, i) => ({
      ref: `CITY-${i}`, employeeId: e.id, typeCode: i % 10 === 1 ? 'CS' : 'CT', startDate: '2026-12-21', endDate: '2026-12-22', days: 2,
      reason: 'bench', address: 'Serang', submittedById: e.id, status: 'PENDING' as const,
      detail: i % 10 === 1 ? { requiredDocument: 'DOCTOR' } : {}, createdAt: new Date(now - (1 + (i % 10)) * 86_400_000),
    })),
  });
  const requests = await db.prisma.leaveRequest.findMany({ where: { ref: { startsWith: 'CITY-' } }, select: { id: true, ref: true } });
  await db.prisma.approvalStep.createMany({
    data: requests.map((r, i) => ({
      requestId: r.id, order: 1, role: 'SUPERVISOR' as const, token: `citytok${String(i).padStart(6, '0')}`,
      approverId: headOf.get(staff[Number(r.ref.slice(5))]!.unitId)!, status: 'PENDING' as const,
      activatedAt: new Date(now - (1 + (i % 10)) * 86_400_000), ...(i % 10 === 0 ? { escalatedAt: new Date(now - 86_400_000) } : {}),
    })),
  });
  await db.prisma.profileChangeRequest.createMany({ data: people.slice(0, 300).map((p) => ({ employeeId: p.id, field: 'email', newValue: `p${p.id}@serangkota.go.id` })) });
  await db.prisma.outboxMessage.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({ channel: 'TELEGRAM' as const, chatId: String(9_000_000 + i), payload: { kind: 'text', text: 'x' }, status: 'DEAD' as const, lastError: 'blocked' })),
  });
  await db.prisma.chatIdentity.createMany({
    data: people.filter((_, i) => i % 2 === 0).map((p) => ({ channel: 'TELEGRAM' as const, externalId: String(7_000_000 + p.id), employeeId: p.id, verifiedAt: new Date() })),
  });
}

/** The generated 10,000-employee city (35 OPD, ~500 units) under busyCity's load, in a fresh SQLite file of the bench cache. */
export async function buildBusyCity(fileName: string, log: (s: string) => void): Promise<Database> {
  const path = join(cacheDir(), fileName);
  for (const ext of ['', '-wal', '-shm']) rmSync(`${path}${ext}`, { force: true });
  await applyMigrations(`file:${path}`);
  const db = await openDatabase(`file:${path}`);
  const [build] = await timed(async () => {
    await insertCity(db, generateCity(10_000), Number(jakartaDay(systemClock.now()).slice(0, 4)));
    await busyCity(db);
  });
  log(`  city of ${await db.prisma.employee.count()} employees, ${await db.prisma.orgUnit.count()} units built in ${(build / 1000).toFixed(1)} s`);
  return db;
}

export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await work();
  return [performance.now() - t, value];
}

/** The HR digest and worklist over the generated 10,000-employee city (35 OPD, ~500 units). */
export async function benchCity(options: { runs: number; log: (s: string) => void }) {
  const db = await buildBusyCity('city.db', options.log);
  const digestMs: number[] = [];
  const worklistMs: number[] = [];
  for (let i = 0; i < Math.max(5, options.runs * 5); i += 1) {
    const [d] = await timed(() => db.prisma.$transaction((tx) => buildDigest(tx as Tx, jakartaDay(systemClock.now()), systemClock.now())));
    const [w, list] = await timed(() => db.prisma.$transaction((tx) => buildWorklist(tx as Tx)));
    digestMs.push(d);
    worklistMs.push(w);
    if (i === 0) options.log(`  worklist: ${list.escalations.total} escalations, ${list.missingDocuments.total} missing documents, ${list.profileChanges.total} profile changes, ${list.failedDeliveries.total} failed, ${list.unlinked.total} unlinked in ${list.unlinked.byAgency.length} agencies`);
  }
  await db.close();
  const rows = [
    { metric: 'HR digest (city of 10,000, 2,000 open)', unit: 'ms', summary: summarize(digestMs), target: '<= 300' },
    { metric: 'HR worklist (city of 10,000, 2,000 open)', unit: 'ms', summary: summarize(worklistMs), target: '<= 300' },
  ];
  printTable('City: HR digest and worklist', rows);
  writeResults('city', { digestMs, worklistMs, rows });
  return rows;
}
