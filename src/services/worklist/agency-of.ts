/**
 * The agency (OPD) of each unit: the nearest unit from it upwards that names
 * its own authorized official, else the top of its tree. Plain data in,
 * unit id -> agency unit id out.
 */
export function agencyOfUnits(units: ReadonlyArray<{ id: number; parentId: number | null }>, withOfficials: ReadonlySet<number>): Map<number, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<number, number>();
  for (const unit of units) {
    const seen = new Set<number>();
    let agency = unit.id;
    for (let id: number | null = unit.id; id !== null && !seen.has(id); id = byId.get(id)?.parentId ?? null) {
      seen.add(id);
      agency = id;
      if (withOfficials.has(id)) break;
    }
    out.set(unit.id, agency);
  }
  return out;
}
