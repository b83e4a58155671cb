import type { Database } from '../database';

/** Leave types of the regulation; present in every database, demo or not. */
export const leaveTypes = [
  { code: 'CT', nameId: 'Cuti Tahunan', nameEn: 'Annual leave' },
  { code: 'CB', nameId: 'Cuti Besar', nameEn: 'Long service leave' },
  { code: 'CS', nameId: 'Cuti Sakit', nameEn: 'Sick leave' },
  { code: 'CM', nameId: 'Cuti Melahirkan', nameEn: 'Maternity leave' },
  { code: 'CAP', nameId: 'Cuti Karena Alasan Penting', nameEn: 'Leave for important reasons' },
  { code: 'CLTN', nameId: 'Cuti di Luar Tanggungan Negara', nameEn: 'Unpaid leave' },
  { code: 'CBERSAMA', nameId: 'Cuti Bersama', nameEn: 'Collective leave' },
] as const;

export async function ensureReferenceData(db: Database): Promise<void> {
  const existing = await db.prisma.leaveType.findMany({ select: { code: true } });
  const have = new Set(existing.map((t) => t.code));
  const missing = leaveTypes.filter((t) => !have.has(t.code));
  if (missing.length > 0) await db.prisma.leaveType.createMany({ data: missing.map((t) => ({ ...t })) });
}
