/**
 * SARIF 2.1.0 for code-scanning dashboards: one rule per detector seen, locations, and
 * `partialFingerprints` so that results keep their identity when lines move.
 */
import { DETECTORS_BY_ID, type Confidence } from '../../engine/index.js';
import { isAllowlisted, type Report } from '../report.js';

/** SARIF `rank` (0–100, higher = more important): dashboards sort and filter on it. */
const SARIF_RANK: Readonly<Record<Confidence, number>> = { high: 90, medium: 60, low: 30 };

const HELP_BASE = 'https://github.com/leakproof/leakproof/blob/main/docs/detectors.md';

export function formatSarif(report: Report, toolVersion: string): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.detector))].sort();
  const rules = ruleIds.map((id) => {
    const detector = DETECTORS_BY_ID.get(id);
    const title = detector?.title ?? report.findings.find((f) => f.detector === id)?.title ?? id;
    const guide = detector?.guide;
    const help = guide ? `${guide.grants}\n\nRevoke or rotate: ${guide.revoke}${guide.url ? ` (${guide.url})` : ''}` : title;
    return {
      id,
      name: title,
      shortDescription: { text: title },
      fullDescription: { text: guide?.grants ?? title },
      helpUri: `${HELP_BASE}#${id.replace(/\./g, '')}`,
      help: { text: help },
      defaultConfiguration: { level: detector?.kind === 'generic' ? 'warning' : 'error' },
      properties: { tags: ['security', 'secret'], ...(detector ? { confidence: detector.confidence } : {}) },
    };
  });
  const results = report.findings.map((finding) => ({
    ruleId: finding.detector,
    ruleIndex: ruleIds.indexOf(finding.detector),
    // A finding the hook policy does not block is shown, but not as an error a dashboard gates on.
    level: finding.nonBlocking ? 'note' : finding.severity,
    rank: SARIF_RANK[finding.confidence],
    message: { text: `${finding.title}: ${finding.matches[0]?.redacted ?? ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path) },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { 'leakproof/v1': finding.fingerprint },
    ...(isAllowlisted(finding)
      ? { suppressions: [{ kind: 'inSource', justification: finding.insights.find((i) => i.kind === 'allowlisted')?.kind ?? '' }] }
      : {}),
    properties: {
      confidence: finding.confidence,
      ...(finding.nonBlocking ? { nonBlocking: finding.nonBlocking } : {}),
      ...(finding.commit
        ? { commit: finding.commit.hash, date: finding.commit.date, author: finding.commit.author, stillIn: finding.commit.stillIn }
        : {}),
    },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'leakproof',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: 'https://github.com/leakproof/leakproof',
            rules,
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: !report.incomplete?.length,
            toolExecutionNotifications: [
              ...(report.incomplete ?? []).map((s) => ({
                level: 'error',
                message: { text: `not scanned completely ${s.path}: ${s.reason}` },
              })),
              ...report.skipped.map((s) => ({ level: 'note', message: { text: `skipped ${s.path}: ${s.reason}` } })),
            ],
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
