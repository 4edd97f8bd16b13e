/** Findings placed in files: 1-based lines and columns for humans, the shape every format shares. */
import { confidenceAtLeast, LineIndex, type Confidence, type DetectorKind, type Finding, type Insight } from '../engine/index.js';
import type { HookPolicy } from '../engine/config.js';
import { codeContext } from './codeContext.js';

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
  readonly kind: DetectorKind;
  readonly confidence: Confidence;
  readonly severity: Severity;
  /** Set when the finding is reported but does not fail the scan or block the hook: why. */
  readonly nonBlocking?: string;
  readonly matches: readonly ReportedMatch[];
  readonly fingerprint: string;
  readonly secretHash: string;
  /** The fingerprint in the slow kind (non-enumerable): baselines of earlier versions hold it for every value. */
  readonly slowFingerprint?: string;
  /** Unsalted identities of earlier versions (non-enumerable: never in a report), for old baselines and migration. */
  readonly legacyFingerprint?: string;
  readonly legacySecretHash?: string;
  readonly insights: readonly Insight[];
  /** The finding's line, every secret on it redacted (text output only: JSON and SARIF leave it out). */
  readonly context?: string;
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
  /** Findings hidden by `--min-confidence` (absent when the option is not used). */
  belowConfidence?: number;
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
  // Every secret of the document is redacted in every context line (two tokens may share a line).
  const secrets = findings.flatMap((f) => [f.range, ...f.matches.map((m) => m.range)]);
  return findings.map((finding) => {
    const placed = placeFinding(path, finding, lines);
    const start = Math.min(...finding.matches.map((m) => m.range[0]), finding.range[0]);
    return withLegacyFingerprint({ ...placed, context: codeContext(text, start, secrets) }, finding);
  });
}

/** The engine's identities of earlier kinds, carried over non-enumerable: formats never see them, old baselines still match. */
function withLegacyFingerprint(reported: ReportedFinding, finding: Finding): ReportedFinding {
  Object.defineProperty(reported, 'slowFingerprint', { enumerable: false, get: () => finding.slowFingerprint });
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
    kind: finding.kind,
    confidence: finding.confidence,
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

export function isTestFileFinding(finding: { readonly insights: readonly Insight[] }): boolean {
  return finding.insights.some((i) => i.kind === 'test_file');
}

/** The hook policy (.leakproof.json "hook") applied to a report: which findings are reported without blocking. */
export function applyHookPolicy(report: Report, policy: HookPolicy): Report {
  if (policy.blockGenericInTests) return report;
  const findings = report.findings.map((f) =>
    f.kind === 'generic' && isTestFileFinding(f) && !isAllowlisted(f)
      ? { ...f, nonBlocking: 'generic finding in a test file ("hook": {"blockGenericInTests": true} blocks it)' }
      : f,
  );
  return { ...report, findings };
}

/** Findings that fail the scan or block the commit/push: not allowlisted, not made non-blocking by the policy. */
export function blockingFindings(report: Report): ReportedFinding[] {
  return report.findings.filter((f) => !isAllowlisted(f) && f.nonBlocking === undefined);
}

/** `--min-confidence`: drops findings below the level (they are not reported at all, so they never block). */
export function withMinConfidence(report: Report, minimum: Confidence | undefined): Report {
  if (minimum === undefined || minimum === 'low') return report;
  const findings = report.findings.filter((f) => confidenceAtLeast(minimum, f.confidence));
  const dropped = report.findings.length - findings.length;
  return dropped === 0
    ? report
    : { ...report, findings, stats: { ...report.stats, belowConfidence: (report.stats.belowConfidence ?? 0) + dropped } };
}

/** What main's filterReport applies (to `scan` and to the git modes alike). */
export interface ReportFilter {
  readonly baseline?: string | undefined;
  readonly showAllowlisted: boolean;
  readonly minConfidence?: Confidence | undefined;
  /** The project's hook policy: marks what is reported without blocking. */
  readonly policy?: HookPolicy;
}
