/**
 * The figures of one `npm run bench` run: written to `.bench/results.json` (git-ignored) and
 * printed as a table with ratios measured in the same run, and each goal marked met or missed.
 * Nothing here fails on a slow figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Row {
  readonly metric: string;
  readonly leakproof: string;
  readonly reference: string;
  readonly ratio: string;
  readonly goal: string;
  /** undefined: no goal (a figure for information). */
  readonly met: boolean | undefined;
}

export const ms = (n: number, digits = 0): string => `${n.toFixed(digits)} ms`;
export const mib = (n: number | undefined): string => (n === undefined ? 'n/a' : `${n.toFixed(0)} MiB`);
export const times = (n: number): string => `${n.toFixed(2)}×`;
/** A speed ratio (their time / ours): "2.00× faster" or "3.00× slower". */
export const speedup = (n: number): string => (n >= 1 ? `${n.toFixed(2)}× faster` : `${(1 / n).toFixed(2)}× slower`);

export function printTable(rows: readonly Row[]): void {
  const header: Row = {
    metric: 'metric',
    leakproof: 'Leakproof',
    reference: 'reference (same run)',
    ratio: 'ratio',
    goal: 'goal',
    met: undefined,
  };
  const cells = (r: Row, isHeader = false) => [
    r.metric,
    r.leakproof,
    r.reference,
    r.ratio,
    r.goal,
    isHeader ? 'met' : r.met === undefined ? '—' : r.met ? 'yes' : 'NO',
  ];
  const table = [cells(header, true), ...rows.map((r) => cells(r))];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(table[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
}

export function writeResults(file: string, results: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
