import { asJson, type Database, type Tx } from '../database';
import type { City } from './generate-city';
import { ensureReferenceData } from './reference-data';

const CHUNK = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Writes a generated city into an empty database in bulk (units level by
 * level, employees, heads, officials, the city's authority settings,
 * delegations and this year's cuti tahunan): a few seconds for 10,000 people.
 * Returns NIP -> employee id and unit code -> unit id.
 */
export async function insertCity(db: Database, city: City, year: number): Promise<{ employees: Map<string, number>; units: Map<string, number> }> {
  await ensureReferenceData(db);
  return db.prisma.$transaction((tx) => insertAll(tx, city, year), { timeout: 600_000, maxWait: 60_000 });
}

async function insertAll(prisma: Tx, city: City, year: number): Promise<{ employees: Map<string, number>; units: Map<string, number> }> {
  const unitIds = new Map<string, number>();
  let level = city.units.filter((u) => u.parentCode === null);
  while (level.length > 0) {
    await prisma.orgUnit.createMany({ data: level.map((u) => ({ code: u.code, name: u.name, parentId: u.parentCode === null ? null : unitIds.get(u.parentCode)! })) });
    const made = await prisma.orgUnit.findMany({ where: { code: { in: level.map((u) => u.code) } }, select: { id: true, code: true } });
    for (const u of made) unitIds.set(u.code, u.id);
    const codes = new Set(level.map((u) => u.code));
    level = city.units.filter((u) => u.parentCode !== null && codes.has(u.parentCode));
  }
  for (const part of chunks(city.employees)) {
    await prisma.employee.createMany({ data: part.map(({ unitCode, agencyCode: _a, ...e }) => ({ ...e, unitId: unitIds.get(unitCode)! })) });
  }
  const ids = new Map((await prisma.employee.findMany({ select: { id: true, nip: true } })).map((e) => [e.nip, e.id]));
  for (const u of city.units) {
    if (u.headNip) await prisma.orgUnit.update({ where: { code: u.code }, data: { headId: ids.get(u.headNip)! } });
  }
  await prisma.unitOfficial.createMany({
    data: city.officials.map((o) => ({ unitId: unitIds.get(o.unitCode)!, typeCode: o.typeCode, officialId: ids.get(o.officialNip)!, updatedBy: 'city' })),
  });
  await prisma.policyValue.create({ data: { key: 'leave.authority', value: asJson(city.authority), updatedBy: 'city' } });
  await prisma.delegation.createMany({
    data: city.delegations.map((d) => ({ fromId: ids.get(d.fromNip)!, toId: ids.get(d.toNip)!, startDate: d.startDate, endDate: d.endDate, createdBy: 'city' })),
  });
  // Everyone's cuti tahunan of the year, in bulk.
  const now = new Date();
  await prisma.$dialect.insertRows(prisma, 'LeaveBalance', ['employeeId', 'year', 'typeCode', 'entitled', 'updatedAt'], [...ids.values()].map((id) => [id, year, 'CT', 12, now]));
  return { employees: ids, units: unitIds };
}
