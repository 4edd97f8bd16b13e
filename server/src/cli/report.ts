/** Findings placed in files: 1-based lines and columns for humans, the shape every format shares. */
import { LineIndex, type Finding, type Insight } from '../engine/index.js';

export type Severity = 'error' | 'warning' | 'note';

export interface ReportedMatch {
  readonly name: string;
  readonly redacted: string;
  readonly line: number;
  readonly column: number;
}

export interface ReportedFinding {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly detector: string;
  readonly title: string;
  readonly severity: Severity;
  readonly matches: readonly ReportedMatch[];
  readonly fingerprint: string;
  readonly secretHash: string;
  /** Unsalted identities of earlier versions (non-enumerable: never in a report), for old baselines and migration. */
  readonly legacyFingerprint?: string;
  readonly legacySecretHash?: string;
  readonly insights: readonly Insight[];
  /** History scans: where the secret was introduced. */
  readonly commit?: { readonly hash: string; readonly date: string; readonly author?: string; readonly stillIn?: number };
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  findings: number;
  allowlisted: number;
  baselined: number;
  durationMs: number;
}

export interface Report {
  readonly findings: ReportedFinding[];
  readonly skipped: SkippedFile[];
  readonly capped: { path: string; detector: string; dropped: number }[];
  readonly stats: ScanStats;
  /**
   * Files the scan had to judge but could not (time budget, engine error, too large to read in a
   * hook): a scan with any of these fails with exit code 2, naming them — never a pass.
   */
  readonly incomplete?: SkippedFile[];
}

export function severityOf(finding: Finding): Severity {
  const base: Severity = finding.kind === 'specific' ? 'error' : 'warning';
  if (finding.insights.some((i) => i.kind === 'test_file')) return base === 'error' ? 'warning' : 'note';
  return base;
}

/** Places a document's findings: `line` is where the finding starts (a key block's BEGIN line). */
export function placeFindings(path: string, text: string, findings: readonly Finding[], lines = new LineIndex(text)): ReportedFinding[] {
  return findings.map((finding) => withLegacyFingerprint(placeFinding(path, finding, lines), finding));
}

/** The engine's unsalted identities, carried over non-enumerable: formats never see them, old baselines still match. */
function withLegacyFingerprint(reported: ReportedFinding, finding: Finding): ReportedFinding {
  Object.defineProperty(reported, 'legacyFingerprint', { enumerable: false, get: () => finding.legacyFingerprint });
  Object.defineProperty(reported, 'legacySecretHash', { enumerable: false, get: () => finding.legacySecretHash });
  return reported;
}

function placeFinding(path: string, finding: Finding, lines: LineIndex): ReportedFinding {
  const start = Math.min(...finding.matches.map((m) => m.range[0]), finding.range[0]);
  const end = Math.max(...finding.matches.map((m) => m.range[1]), finding.range[1]);
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return {
    path,
    line: from.line + 1,
    column: from.character + 1,
    endLine: to.line + 1,
    endColumn: to.character + 1,
    detector: finding.detectorId,
    title: finding.title,
    severity: severityOf(finding),
    matches: finding.matches.map((m) => {
      const at = lines.position(m.range[0]);
      return { name: m.name, redacted: m.redacted, line: at.line + 1, column: at.character + 1 };
    }),
    fingerprint: finding.fingerprint,
    secretHash: finding.secretHash,
    insights: finding.insights,
  };
}

export function isAllowlisted(finding: ReportedFinding): boolean {
  return finding.insights.some((i) => i.kind === 'allowlisted');
}
