import type { LeaveTypeCode } from './types';
import type { UnitNode } from './unit-tree';

/** A unit's authorized official for one leave type, or for every type ("*") without its own row. */
export interface UnitOfficialRule {
  readonly unitId: number;
  readonly typeCode: string;
  readonly officialId: number;
}

export const ANY_LEAVE_TYPE = '*';

/** The city's settings: which types go above the agency head, to the head of which unit (e.g. CB and CLTN to the Sekretariat Daerah). */
export interface CityAuthority {
  readonly aboveAgency: Readonly<Partial<Record<LeaveTypeCode, number>>>;
  /** Who delegates the power to grant leave (RULES.md, Who decides, 3): "Wali Kota" unless the city names it. */
  readonly grantor: string;
}

export interface AuthorityInput {
  readonly employee: { readonly id: number; readonly unitId: number };
  /** A leave type code (an unknown one only matches "*" rules). */
  readonly typeCode: string;
  readonly units: readonly UnitNode[];
  readonly officials: readonly UnitOfficialRule[];
  readonly city: CityAuthority;
  /** The city-wide fallback (a named NIP, else the root unit's head). */
  readonly defaultOfficialId: number | null;
}

/** Who grants the leave and where that authority sits: the unit whose rule named them (null: the city-wide fallback). */
export interface ResolvedOfficial {
  readonly officialId: number;
  readonly unitId: number | null;
  /** The official holds the power themselves (the top of the tree) rather than by delegation from the grantor. */
  readonly own: boolean;
}

function ruleAt(unitId: number, typeCode: string, officials: readonly UnitOfficialRule[]): UnitOfficialRule | undefined {
  return officials.find((o) => o.unitId === unitId && o.typeCode === typeCode) ?? officials.find((o) => o.unitId === unitId && o.typeCode === ANY_LEAVE_TYPE);
}

/**
 * The authorized official (pejabat yang berwenang) of an employee's request.
 * A type the city sends above the agency (aboveAgency) goes to that unit's
 * head; otherwise the nearest unit from the employee's upwards that names an
 * official for the type (or for every type) decides; without any, the city's
 * fallback. Nobody grants their own leave: when the rule names the requester,
 * the search goes on from the level above (an agency head's request goes to
 * the Sekda, the Sekda's to the Wali Kota). Null only at the very top.
 */
export function resolveAuthorizedOfficial(input: AuthorityInput): ResolvedOfficial | null {
  const { employee, units } = input;
  const byId = new Map(units.map((u) => [u.id, u]));
  const rootHeadOf = (id: number | null) => (id === null ? false : byId.get(id)?.parentId === null);
  const found = (officialId: number, unitId: number | null): ResolvedOfficial => ({ officialId, unitId, own: rootHeadOf(unitId) && byId.get(unitId!)?.headId === officialId });

  const seen = new Set<number>();
  const above = (input.city.aboveAgency as Readonly<Record<string, number>>)[input.typeCode];
  if (above !== undefined && byId.has(above)) {
    const head = byId.get(above)!.headId;
    if (head !== null && head !== employee.id) return found(head, above);
    seen.add(above);
    if (head !== null) return nextAbove(above, input, seen);
  }
  for (let id: number | null = employee.unitId; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
    seen.add(id);
    const rule = ruleAt(id, input.typeCode, input.officials);
    if (rule && rule.officialId !== employee.id) return found(rule.officialId, id);
    // The requester holds this unit's authority: the level above decides.
    if (rule) return nextAbove(id, input, seen);
  }
  if (input.defaultOfficialId === null || input.defaultOfficialId === employee.id) return null;
  return { officialId: input.defaultOfficialId, unitId: null, own: rootHeadOf(unitOfHead(units, input.defaultOfficialId)) };
}

/** Above the unit `unitId`: the next rule up the tree, else the nearest head above that is not the requester. */
function nextAbove(unitId: number, input: AuthorityInput, seen: Set<number>): ResolvedOfficial | null {
  const byId = new Map(input.units.map((u) => [u.id, u]));
  for (let id = byId.get(unitId)?.parentId ?? null; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
    seen.add(id);
    const rule = ruleAt(id, input.typeCode, input.officials);
    const unit = byId.get(id)!;
    const candidate = rule?.officialId ?? unit.headId;
    if (candidate !== null && candidate !== input.employee.id) {
      return { officialId: candidate, unitId: id, own: unit.parentId === null && unit.headId === candidate };
    }
  }
  return null;
}

function unitOfHead(units: readonly UnitNode[], headId: number): number | null {
  return units.find((u) => u.headId === headId)?.id ?? null;
}
