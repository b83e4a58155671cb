/** A unit and every unit below it (the tree is walked breadth first; a loop cannot hang it). */
export function unitSubtree(units: ReadonlyArray<{ id: number; parentId: number | null }>, rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  const seen = new Set<number>([rootId]);
  const queue = [rootId];
  for (let i = 0; i < queue.length; i += 1) {
    for (const child of children.get(queue[i]!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return queue;
}
