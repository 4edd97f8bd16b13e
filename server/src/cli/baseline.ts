/**
 * Writing baselines (`leakproof baseline create|update`); reading and matching them is the project
 * layer's (project/baseline.ts), shared with the language server.
 */
import { writeFileSync } from 'node:fs';
import { baselineKey, type Baseline, type BaselineEntry } from '../project/baseline.js';
import type { ReportedFinding } from './report.js';

export { BASELINE_FILE, baselineKey, legacyBaselineEntries, readBaseline, type Baseline, type BaselineEntry } from '../project/baseline.js';

/** `pathOf` gives the path an entry records (relative to the configuration's folder). */
export function baselineFrom(
  findings: readonly ReportedFinding[],
  keep: readonly BaselineEntry[] = [],
  pathOf: (finding: ReportedFinding) => string = (f) => f.path,
): Baseline {
  const byKey = new Map<string, BaselineEntry>();
  for (const entry of keep) byKey.set(baselineKey(entry), entry);
  for (const finding of findings) {
    const entry = { fingerprint: finding.fingerprint, path: pathOf(finding), detector: finding.detector };
    byKey.set(baselineKey(entry), entry);
  }
  const entries = [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 2, entries };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
