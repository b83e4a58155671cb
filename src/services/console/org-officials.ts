import { AppError } from '../../domain/app-error';
import { ANY_LEAVE_TYPE, LEAVE_TYPE_CODES, resolveAuthorizedOfficial } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { findCityOfficial } from '../policy/authority-context';
import { loadCityAuthority } from '../policy/city-authority';

/** The leave types a unit names officials for in the console ("*": every type without its own); cuti bersama is never requested. */
export const OFFICIAL_TYPES = [ANY_LEAVE_TYPE, ...LEAVE_TYPE_CODES.filter((c) => c !== 'CBERSAMA')] as const;

type Person = { nip: string; name: string };

/**
 * Who decides a type for a unit's staff and why: the unit's own rule, a rule
 * inherited from a unit above, the city's setting sending the type above the
 * agency, or the city-wide official.
 */
export interface OfficialInForce {
  type: string;
  official: Person | null;
  source: 'own' | 'inherited' | 'above_agency' | 'city';
  /** The unit whose rule or head it is (null: the city-wide official). */
  from: { code: string; name: string } | null;
}

export interface OrgUnitLine {
  code: string;
  name: string;
  /** 0 for a top unit. */
  depth: number;
  parent: { code: string; name: string } | null;
  head: Person | null;
  /** The unit's own rules per type (an inactive official included, so HR sees and replaces them). */
  own: Array<{ type: string; official: Person; active: boolean; updatedBy: string; updatedAt: Date }>;
  /** For each requestable type, who decides it now for the unit's staff. */
  inForce: OfficialInForce[];
}

/**
 * The unit tree in depth-first order with heads and the authorized officials
 * per leave type, each as the approval rules resolve it
 * (resolveAuthorizedOfficial, as a request of the unit's staff would get it)
 * with where it comes from.
 */
export async function orgOfficials(tx: Tx): Promise<{ units: OrgUnitLine[]; cityOfficial: Person | null }> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true, headId: true, head: { select: { nip: true, name: true } } }, orderBy: { code: 'asc' } });
  const rows = await tx.unitOfficial.findMany({ select: { unitId: true, typeCode: true, officialId: true, updatedBy: true, updatedAt: true, official: { select: { nip: true, name: true, active: true } } }, orderBy: { typeCode: 'asc' } });
  const city = await loadCityAuthority(tx, new Map(units.map((u) => [u.code, u.id])));
  const defaultOfficialId = await findCityOfficial(tx);
  const people = new Map<number, Person>();
  for (const r of rows) people.set(r.officialId, { nip: r.official.nip, name: r.official.name });
  for (const u of units) if (u.headId !== null && u.head) people.set(u.headId, u.head);
  if (defaultOfficialId !== null && !people.has(defaultOfficialId)) {
    const found = await tx.employee.findUnique({ where: { id: defaultOfficialId }, select: { nip: true, name: true } });
    if (found) people.set(defaultOfficialId, found);
  }
  const officials = rows.filter((r) => r.official.active).map((r) => ({ unitId: r.unitId, typeCode: r.typeCode, officialId: r.officialId }));
  const byId = new Map(units.map((u) => [u.id, u]));
  const nobody = { id: 0 };

  const line = (u: (typeof units)[number], depth: number): OrgUnitLine => {
    const parent = u.parentId === null ? null : (byId.get(u.parentId) ?? null);
    const inForce = OFFICIAL_TYPES.filter((t) => t !== ANY_LEAVE_TYPE).map((type): OfficialInForce => {
      const resolved = resolveAuthorizedOfficial({ employee: { ...nobody, unitId: u.id }, typeCode: type, units, officials, city, defaultOfficialId });
      if (!resolved) return { type, official: null, source: 'city', from: null };
      const unit = resolved.unitId === null ? null : byId.get(resolved.unitId);
      const source = unit === undefined || unit === null ? 'city'
        : (city.aboveAgency as Readonly<Record<string, number>>)[type] === unit.id ? 'above_agency'
        : unit.id === u.id ? 'own' : 'inherited';
      return { type, official: people.get(resolved.officialId) ?? null, source, from: unit ? { code: unit.code, name: unit.name } : null };
    });
    return {
      code: u.code, name: u.name, depth, parent: parent ? { code: parent.code, name: parent.name } : null, head: u.head,
      own: rows.filter((r) => r.unitId === u.id).map((r) => ({ type: r.typeCode, official: { nip: r.official.nip, name: r.official.name }, active: r.official.active, updatedBy: r.updatedBy, updatedAt: r.updatedAt })),
      inForce,
    };
  };

  // Depth first from the top units (and any unit whose parent is missing), each unit once even in a broken tree.
  const out: OrgUnitLine[] = [];
  const seen = new Set<number>();
  const walk = (u: (typeof units)[number], depth: number) => {
    if (seen.has(u.id)) return;
    seen.add(u.id);
    out.push(line(u, depth));
    for (const child of units.filter((c) => c.parentId === u.id)) walk(child, depth + 1);
  };
  for (const u of units.filter((x) => x.parentId === null || !byId.has(x.parentId))) walk(u, 0);
  for (const u of units) walk(u, 0);
  return { units: out, cityOfficial: defaultOfficialId === null ? null : (people.get(defaultOfficialId) ?? null) };
}

/** One unit's line (404 when there is no such unit). */
export async function orgUnitOfficials(tx: Tx, code: string): Promise<OrgUnitLine> {
  const found = (await orgOfficials(tx)).units.find((u) => u.code === code);
  if (!found) throw new AppError('error.not_found');
  return found;
}
