import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** Value imports between source files (type-only imports vanish at run time and make no circle). */
function importGraph(): Map<string, string[]> {
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'flows'))];
  const known = new Set(files);
  const resolve = (from: string, spec: string) => {
    const base = normalize(join(dirname(from), spec)).replace(/\.js$/, '');
    return [`${base}.ts`, join(base, 'index.ts')].find((c) => known.has(c));
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(/^\s*(import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm)]
      .map((m) => resolve(file, (m[2] ?? m[3])!))
      .filter((t): t is string => t !== undefined && t !== file);
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan). */
function circles(nodes: Iterable<string>, next: (n: string) => Iterable<string>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) found.push(c.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return found;
}

/** src/<folder> for files in a folder of src, the file itself for src's root files, else the top folder. */
function layerOf(file: string): string {
  const parts = file.split(sep);
  if (parts[0] !== 'src') return parts[0]!;
  return parts.length > 2 ? `src/${parts[1]}` : file;
}

describe('import circles', () => {
  const graph = importGraph();

  it('no two source files import each other, directly or around a circle', () => {
    expect(circles(graph.keys(), (f) => graph.get(f) ?? [])).toEqual([]);
  });

  it('no two layers import each other', () => {
    const layers = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (!layers.has(from)) layers.set(from, new Set());
      for (const target of targets) if (layerOf(target) !== from) layers.get(from)!.add(layerOf(target));
    }
    expect(circles(layers.keys(), (l) => layers.get(l) ?? [])).toEqual([]);
  });
});
