import type { Summary } from './stats';

export interface Row {
  metric: string;
  unit: string;
  summary: Summary;
  target?: string;
}

const fmt = (v: number) => (Number.isNaN(v) ? '-' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Prints rows as a fixed-width table: median, p95, p99, min, max over the runs (or samples). */
export function printTable(title: string, rows: readonly Row[]): void {
  const head = ['metric', 'unit', 'n', 'median', 'p95', 'p99', 'min', 'max', 'target'];
  const body = rows.map((r) => [r.metric, r.unit, String(r.summary.n), fmt(r.summary.median), fmt(r.summary.p95), fmt(r.summary.p99), fmt(r.summary.min), fmt(r.summary.max), r.target ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n## ${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}
