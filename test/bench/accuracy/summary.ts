/** The figures of the accuracy yardstick, computed from a ledger matching (pure: no I/O). */
import { MISSED, type LedgerRow, type Matching } from './ledger.js';

export interface DetectorFigures {
  readonly detector: string;
  readonly alerts: number;
  readonly real: number;
  readonly example: number;
  readonly notASecret: number;
  readonly untriaged: number;
  readonly noisePerMb: number;
}

export interface Summary {
  readonly repos: number;
  readonly megabytes: number;
  readonly findings: number;
  readonly untriaged: number;
  readonly real: number;
  readonly example: number;
  readonly notASecret: number;
  /** real / triaged findings; undefined when nothing is triaged. */
  readonly precision: number | undefined;
  readonly realOutsideTests: number;
  readonly triagedOutsideTests: number;
  readonly precisionOutsideTests: number | undefined;
  readonly alertsPerMb: number;
  /** Findings labelled example or not-a-secret, per MB. */
  readonly noisePerMb: number;
  readonly realTotal: number;
  readonly realFound: number;
  readonly recall: number | undefined;
  readonly byDetector: readonly DetectorFigures[];
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);

export function summarise(matching: Matching, rows: readonly LedgerRow[], bytes: number, repos: number): Summary {
  const megabytes = bytes / 1048576;
  const perMb = (n: number) => (megabytes === 0 ? 0 : n / megabytes);
  const triaged = matching.findings.filter((m) => m.row !== undefined).map((m) => m.row!);
  const real = triaged.filter((r) => r.label === 'real').length;
  const example = triaged.filter((r) => r.label === 'example').length;
  const notASecret = triaged.filter((r) => r.label === 'not-a-secret').length;
  const outside = triaged.filter((r) => !r.testFile);
  const realOutsideTests = outside.filter((r) => r.label === 'real').length;
  const realRows = rows.filter((r) => r.label === 'real');
  const lost = new Set(matching.lostReal);
  const realFound = realRows.filter((r) => !lost.has(r)).length;
  const detectors = new Map<string, { alerts: number; real: number; example: number; notASecret: number; untriaged: number }>();
  for (const { finding, row } of matching.findings) {
    const d = detectors.get(finding.detector) ?? { alerts: 0, real: 0, example: 0, notASecret: 0, untriaged: 0 };
    d.alerts++;
    if (!row) d.untriaged++;
    else if (row.label === 'real') d.real++;
    else if (row.label === 'example') d.example++;
    else d.notASecret++;
    detectors.set(finding.detector, d);
  }
  const byDetector = [...detectors.entries()]
    .map(([detector, d]) => ({ detector, ...d, noisePerMb: perMb(d.example + d.notASecret) }))
    .sort((a, b) => b.alerts - a.alerts || a.detector.localeCompare(b.detector));
  return {
    repos,
    megabytes,
    findings: matching.findings.length,
    untriaged: matching.findings.length - triaged.length,
    real,
    example,
    notASecret,
    precision: ratio(real, triaged.length),
    realOutsideTests,
    triagedOutsideTests: outside.length,
    precisionOutsideTests: ratio(realOutsideTests, outside.length),
    alertsPerMb: perMb(matching.findings.length),
    noisePerMb: perMb(example + notASecret),
    realTotal: realRows.length,
    realFound,
    recall: ratio(realFound, realRows.length),
    byDetector,
  };
}

export { MISSED };
