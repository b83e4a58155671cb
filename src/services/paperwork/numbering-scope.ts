import type { Tx } from '../../store/database';

/**
 * The unit that numbers an employee's letters: the ancestor of their unit at
 * `level` of the tree (0 the root; a unit higher than `level` numbers its own).
 */
export async function numberingScope(tx: Tx, unitId: number, level: number): Promise<{ id: number; code: string; name: string }> {
  const chain: Array<{ id: number; code: string; name: string; parentId: number | null }> = [];
  let next: number | null = unitId;
  while (next !== null && chain.length < 64) {
    const unit: { id: number; code: string; name: string; parentId: number | null } = await tx.orgUnit.findUniqueOrThrow({
      where: { id: next },
      select: { id: true, code: true, name: true, parentId: true },
    });
    if (chain.some((u) => u.id === unit.id)) break;
    chain.push(unit);
    next = unit.parentId;
  }
  const fromRoot = chain.reverse();
  const { id, code, name } = fromRoot[Math.min(level, fromRoot.length - 1)]!;
  return { id, code, name };
}
