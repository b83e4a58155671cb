import type { Tx } from '../../store/database';
import { cachedRules } from '../policy/rules-cache';

interface NamedUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

/** Every unit's code, name and parent, kept with the rules (a unit's write changes the rules' version). */
function namedUnits(tx: Tx): Promise<ReadonlyMap<number, NamedUnit>> {
  return cachedRules(tx, 'named-units', async (t) =>
    new Map((await t.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true } })).map((u) => [u.id, u])),
  );
}

/**
 * The unit that numbers an employee's letters: the ancestor of their unit at
 * `level` of the tree (0 the root; a unit higher than `level` numbers its own).
 */
export async function numberingScope(tx: Tx, unitId: number, level: number): Promise<{ id: number; code: string; name: string }> {
  const units = await namedUnits(tx);
  const chain: NamedUnit[] = [];
  for (let next: number | null = unitId; next !== null && chain.length < 64; ) {
    const unit = units.get(next);
    if (!unit) throw new Error(`unit ${next} not found`);
    if (chain.some((u) => u.id === unit.id)) break;
    chain.push(unit);
    next = unit.parentId;
  }
  const fromRoot = chain.reverse();
  const { id, code, name } = fromRoot[Math.min(level, fromRoot.length - 1)]!;
  return { id, code, name };
}
