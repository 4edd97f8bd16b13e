/**
 * The triage ledger (test/bench/accuracy/ledger.tsv): one row per finding a person looked at, and one
 * per credential the scanner missed. It never holds the value, not even redacted. A row is keyed by
 * repository, path, detector and a short hash of the line's *context* (the line with the flagged span
 * cut out, blanks collapsed), with the line number as a fallback within LINE_TOLERANCE: a finding
 * still matches its row after lines move above it, or after its own line is reformatted nearby.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const LABELS = ['real', 'example', 'not-a-secret'] as const;
export type Label = (typeof LABELS)[number];

/** The detector column of a row for a credential no detector reported. */
export const MISSED = 'missed';

export const LINE_TOLERANCE = 3;

export interface LedgerRow {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly detector: string;
  readonly label: Label;
  readonly testFile: boolean;
  readonly context: string;
  readonly reason: string;
}

export interface ScannedFinding {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly detector: string;
  readonly testFile: boolean;
  readonly context: string;
}

export const HEADER = ['repo', 'path', 'line', 'detector', 'label', 'test', 'context', 'reason'] as const;

/** Hash of the line around the flagged span (1-based columns, end exclusive); the span itself never enters it. */
export function contextHash(lineText: string, column: number, endColumn: number | undefined): string {
  const before = lineText.slice(0, column - 1);
  const after = endColumn === undefined ? '' : lineText.slice(endColumn - 1);
  const context = `${before}\u0000${after}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(context).digest('hex').slice(0, 10);
}

export function parseLedger(file: string): { rows: LedgerRow[]; errors: string[] } {
  const rows: LedgerRow[] = [];
  const errors: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const cells = raw.split('\t');
      if (cells[0] === HEADER[0]) return;
      const [repo, path, line, detector, label, test, context, reason] = cells;
      const where = `ledger line ${index + 1}`;
      if (cells.length !== HEADER.length) return void errors.push(`${where}: ${cells.length} columns, expected ${HEADER.length}`);
      if (!(LABELS as readonly string[]).includes(label!))
        return void errors.push(`${where}: label "${label}" is not one of ${LABELS.join(', ')}`);
      if (test !== 'yes' && test !== 'no') return void errors.push(`${where}: test column must be yes or no`);
      if (!/^\d+$/.test(line!)) return void errors.push(`${where}: line must be a number`);
      if (reason!.trim() === '') return void errors.push(`${where}: a row needs a reason`);
      rows.push({
        repo: repo!,
        path: path!,
        line: Number(line),
        detector: detector!,
        label: label as Label,
        testFile: test === 'yes',
        context: context!,
        reason: reason!,
      });
    });
  return { rows, errors };
}

export function formatRow(row: LedgerRow): string {
  return [row.repo, row.path, String(row.line), row.detector, row.label, row.testFile ? 'yes' : 'no', row.context, row.reason].join('\t');
}

export interface Matching {
  /** Each finding with the row that labels it, or undefined when nobody triaged it yet. */
  readonly findings: readonly { readonly finding: ScannedFinding; readonly row: LedgerRow | undefined }[];
  /** Rows labelled real whose finding the scan no longer reports (missed rows included). */
  readonly lostReal: readonly LedgerRow[];
  /** Rows of any label no finding matched (stale after a fix, or a miss). */
  readonly unmatchedRows: readonly LedgerRow[];
}

function sameFile(row: LedgerRow, finding: ScannedFinding): boolean {
  return row.repo === finding.repo && row.path === finding.path;
}

/**
 * One row labels at most one finding. Passes, strictest first: same detector and context hash
 * (nearest line wins), then same detector within the line tolerance, then a `missed` row at the
 * same place taken by any detector (the miss is now caught; its row says real).
 */
export function matchLedger(rows: readonly LedgerRow[], findings: readonly ScannedFinding[]): Matching {
  const taken = new Set<LedgerRow>();
  const labelled = new Map<ScannedFinding, LedgerRow>();
  const byFile = new Map<string, LedgerRow[]>();
  for (const row of rows) {
    const key = `${row.repo}\u0000${row.path}`;
    byFile.set(key, [...(byFile.get(key) ?? []), row]);
  }
  const passes: ((row: LedgerRow, finding: ScannedFinding) => boolean)[] = [
    (row, finding) => row.detector === finding.detector && row.context === finding.context,
    (row, finding) => row.detector === finding.detector && Math.abs(row.line - finding.line) <= LINE_TOLERANCE,
    (row, finding) => row.detector === MISSED && Math.abs(row.line - finding.line) <= LINE_TOLERANCE,
  ];
  for (const pass of passes) {
    for (const finding of findings) {
      if (labelled.has(finding)) continue;
      const candidates = (byFile.get(`${finding.repo}\u0000${finding.path}`) ?? []).filter(
        (row) => !taken.has(row) && sameFile(row, finding) && pass(row, finding),
      );
      candidates.sort((a, b) => Math.abs(a.line - finding.line) - Math.abs(b.line - finding.line));
      const row = candidates[0];
      if (row) {
        taken.add(row);
        labelled.set(finding, row);
      }
    }
  }
  const unmatchedRows = rows.filter((row) => !taken.has(row));
  return {
    findings: findings.map((finding) => ({ finding, row: labelled.get(finding) })),
    lostReal: unmatchedRows.filter((row) => row.label === 'real'),
    unmatchedRows,
  };
}
