import { unzipSync } from 'fflate';
import { loadConfig } from '../src/config';
import { fixedClock } from '../src/clock';
import { zipStream } from '../src/documents/zip-stream';
import { findArchiveLetters, letterArchiveEntries } from '../src/services/paperwork/letter-archive';
import { seedDemo } from '../src/store/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../test/support/test-database';
import { printTable } from './lib/print-table';
import { summarize } from './lib/stats';
import { writeResults } from './lib/write-results';

const LETTERS = 2000;
const MONTH = '2026-12';
const ISSUED = new Date('2026-12-10T03:00:00Z');

/**
 * A month with LETTERS granted annual leaves in the demo organisation, written
 * straight to the tables (request, its decided step, its letter) as the grant
 * leaves them: the archive reads and prints each as it would after real grants.
 */
async function grantedMonth(db: TestDatabase): Promise<string> {
  const staff = await db.prisma.employee.findMany({ where: { supervisorId: { not: null } }, select: { id: true, supervisorId: true }, orderBy: { id: 'asc' } });
  const root = await db.prisma.orgUnit.findFirstOrThrow({ where: { parentId: null }, select: { code: true } });
  const day = (i: number) => `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  await db.prisma.leaveRequest.createMany({
    data: Array.from({ length: LETTERS }, (_, i) => {
      const e = staff[i % staff.length]!;
      return {
        ref: `CT-2026-${String(900_000 + i)}`, employeeId: e.id, typeCode: 'CT', startDate: day(i), endDate: day(i), days: 1,
        reason: 'Urusan keluarga', address: 'Jl. Veteran No. 5, Serang', submittedById: e.id, status: 'APPROVED' as const, createdAt: ISSUED,
      };
    }),
  });
  const requests = await db.prisma.leaveRequest.findMany({ where: { ref: { startsWith: 'CT-2026-9' } }, select: { id: true, employeeId: true, startDate: true }, orderBy: { id: 'asc' } });
  const supervisorOf = new Map(staff.map((s) => [s.id, s.supervisorId!]));
  await db.prisma.approvalStep.createMany({
    data: requests.map((r, i) => ({
      requestId: r.id, order: 1, role: 'SUPERVISOR' as const, token: `archtok${String(i).padStart(6, '0')}`, approverId: supervisorOf.get(r.employeeId)!,
      status: 'DECIDED' as const, decision: 'APPROVE' as const, decidedById: supervisorOf.get(r.employeeId)!, decidedAt: ISSUED, decidedVia: 'TELEGRAM' as const, activatedAt: ISSUED,
    })),
  });
  await db.prisma.leavePaper.createMany({
    data: requests.map((r, i) => ({
      requestId: r.id, kind: 'LETTER' as const, version: 1, verificationCode: `ARCH-${String(i).padStart(4, '0')}-BN`,
      number: `800.1.11.4/${i + 1}/${root.code}/2026`, numberScope: `${root.code}-bench`, numberYear: 2026, sequence: i + 1, requestVersion: 1,
      facts: { typeCode: 'CT', status: 'APPROVED', start: r.startDate, end: r.startDate, days: 1 }, issuedAt: ISSUED,
    })),
  });
  return root.code;
}

/** A month's archive of 2,000 Surat Izin Cuti for the whole city (one ZIP with its index), target under a minute. */
export async function benchLetterArchive(options: { runs: number; log: (s: string) => void }) {
  const db = await createTestDatabase('sqlite');
  const seconds: number[] = [];
  const sizes: number[] = [];
  try {
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
    const unit = await grantedMonth(db);
    const config = { ...loadConfig({}), PUBLIC_URL: 'https://sapa.serangkota.go.id' };
    const hr = await db.prisma.employee.findFirstOrThrow({ where: { role: 'HR' }, select: { id: true, name: true } });
    for (let run = 1; run <= options.runs; run += 1) {
      const start = performance.now();
      const archive = await db.prisma.$transaction((tx) =>
        findArchiveLetters(tx, { unitCode: unit, month: MONTH, auditAs: { actorType: 'HR_TOKEN', actorId: hr.id, actorName: hr.name, channel: 'ADMIN_API' } }),
      );
      const chunks: Uint8Array[] = [];
      for await (const chunk of zipStream(letterArchiveEntries(db.prisma, config, archive, new Date()))) chunks.push(chunk);
      const elapsed = (performance.now() - start) / 1000;
      const zip = Buffer.concat(chunks);
      const files = Object.keys(unzipSync(zip)).length;
      if (files !== LETTERS + 1) throw new Error(`archive holds ${files} files, expected ${LETTERS + 1}`);
      seconds.push(elapsed);
      sizes.push(zip.length / 1_048_576);
      options.log(`  run ${run}: ${archive.letters.length} letters, ${elapsed.toFixed(1)} s, ${(zip.length / 1_048_576).toFixed(1)} MB`);
    }
  } finally {
    await db.drop();
  }
  const rows = [
    { metric: "archive a month's 2,000 letters (ZIP + index)", unit: 's', summary: summarize(seconds), target: '< 60' },
    { metric: 'archive size', unit: 'MB', summary: summarize(sizes), target: '-' },
  ];
  printTable('Letter archive', rows);
  writeResults('letter-archive', { seconds, sizes, rows });
  return rows;
}
