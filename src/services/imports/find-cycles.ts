/**
 * The cycles of a graph where each node points to at most one other (an
 * employee's supervisor, a unit's parent), each listed from its first node
 * in iteration order. Linear time; no recursion, so long chains are fine.
 */
export function findCycles<K>(next: ReadonlyMap<K, K | null | undefined>): K[][] {
  const done = new Set<K>();
  const cycles: K[][] = [];
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const path: K[] = [];
    const onPath = new Map<K, number>();
    let node: K | null | undefined = start;
    while (node != null && !done.has(node) && next.has(node)) {
      const seenAt = onPath.get(node);
      if (seenAt !== undefined) {
        cycles.push(path.slice(seenAt));
        break;
      }
      onPath.set(node, path.length);
      path.push(node);
      node = next.get(node);
    }
    for (const visited of path) done.add(visited);
  }
  return cycles;
}
