import { resolveAuthorizedOfficial, type UnitNode } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadCityAuthority } from './city-authority';
import { cachedRules } from './rules-cache';
import type { StepAuthority } from './step-authority';

/** PolicyValue key naming a city-wide official by NIP (the fallback when no unit names one). */
export const OFFICIAL_NIP_KEY = 'leave.officialNip';

export interface ResolvedAuthority {
  officialId: number | null;
  authority: StepAuthority | null;
}

/** Everything the authority rules read, loaded once: resolves any number of requests without further queries. */
export interface AuthorityContext {
  units: readonly (UnitNode & { name: string; code: string })[];
  defaultOfficialId: number | null;
  resolve(employee: { id: number; unitId: number }, typeCode: string): ResolvedAuthority;
}

/**
 * The city-wide official: the active employee named by PolicyValue
 * 'leave.officialNip' (a NIP string), else the head of the root unit (the unit
 * without a parent, the oldest if several).
 */
export async function findCityOfficial(tx: Tx): Promise<number | null> {
  const named = await tx.policyValue.findUnique({ where: { key: OFFICIAL_NIP_KEY }, select: { value: true } });
  if (named && typeof named.value === 'string' && named.value.trim() !== '') {
    const official = await tx.employee.findFirst({ where: { nip: named.value.trim(), active: true }, select: { id: true } });
    if (official) return official.id;
  }
  const root = await tx.orgUnit.findFirst({ where: { parentId: null, headId: { not: null } }, orderBy: { id: 'asc' }, select: { headId: true } });
  return root?.headId ?? null;
}

/** Units, officials per unit and type (active ones), the city's settings and fallback official; kept while the rules' version stays the same. */
export function loadAuthorityContext(tx: Tx): Promise<AuthorityContext> {
  return cachedRules(tx, 'authority', readAuthorityContext);
}

async function readAuthorityContext(tx: Tx): Promise<AuthorityContext> {
  const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true, headId: true, name: true, code: true } });
  const officials = await tx.unitOfficial.findMany({ where: { official: { active: true } }, select: { unitId: true, typeCode: true, officialId: true } });
  const city = await loadCityAuthority(tx, new Map(units.map((u) => [u.code, u.id])));
  const defaultOfficialId = await findCityOfficial(tx);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return {
    units,
    defaultOfficialId,
    resolve(employee, typeCode) {
      const resolved = resolveAuthorizedOfficial({ employee, typeCode, units, officials, city, defaultOfficialId });
      if (!resolved) return { officialId: null, authority: null };
      const unit = resolved.unitId === null ? null : (names.get(resolved.unitId) ?? null);
      return { officialId: resolved.officialId, authority: { unit, grantor: city.grantor, own: resolved.own } };
    },
  };
}
