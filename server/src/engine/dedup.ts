/**
 * De-duplication (ENGINE.md step 4): when several detectors report the same characters, keep the
 * finding that brings the most information — specific beats generic, more parts beat fewer.
 */
import type { RawFinding } from './scanner.js';

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Higher is better: specific over generic, then more parts, then a longer secret. */
function weight(finding: RawFinding): number {
  return (
    (finding.detector.kind === 'specific' ? 1_000_000 : 0) +
    (finding.detector.precedence ?? 0) * 100_000 +
    finding.matches.length * 10_000 +
    Math.min(finding.value.length, 9_999)
  );
}

/**
 * Detectors that see a password inside a larger string (a connection URI, a client command line):
 * when the same password also stands on its own line (`MYSQL_ROOT_PASSWORD: …`), that line is the
 * one to report (issue 9 "multi-part findings").
 */
const EMBEDDED_IN_LARGER_STRING = /\.(?:uri|url|conninfo|jdbc|dsn|go-dsn|cli-password|connection-string)$/;

/**
 * One secret, one finding: a password a connection URI or a client command line repeats (a compose
 * stack's `DATABASE_URL`, `mysql -p…` in its README) is reported once, on the password's own line
 * (`MYSQL_ROOT_PASSWORD: …`) when a detector found it there. Findings of the same value that all
 * stand on their own (a token printed twice) are all kept: each place needs the fix.
 */
export function oneFindingPerSecret(findings: readonly RawFinding[]): RawFinding[] {
  if (findings.length < 2) return [...findings];
  const standalone = new Set<string>();
  for (const finding of findings) if (!EMBEDDED_IN_LARGER_STRING.test(finding.detector.id)) standalone.add(finding.value);
  return findings.filter((f) => !(EMBEDDED_IN_LARGER_STRING.test(f.detector.id) && f.value.length >= 4 && standalone.has(f.value)));
}

export function dedupe(findings: readonly RawFinding[]): RawFinding[] {
  if (findings.length < 2) return [...findings];
  const ordered = [...findings].sort((a, b) => weight(b) - weight(a) || a.range[0] - b.range[0]);
  const kept: RawFinding[] = [];
  // Parts of kept findings, bucketed by 4 KiB block of the text: a candidate only meets the parts
  // near it, so thousands of findings on one line stay linear instead of quadratic.
  const buckets = new Map<number, Array<readonly [number, number]>>();
  const BLOCK = 4096;
  for (const candidate of ordered) {
    // A candidate is redundant when a stronger kept finding covers its secret with any of its parts.
    let redundant = false;
    for (let block = Math.floor(candidate.range[0] / BLOCK); block <= Math.floor((candidate.range[1] - 1) / BLOCK) && !redundant; block++) {
      redundant = (buckets.get(block) ?? []).some((part) => overlaps(part, candidate.range));
    }
    if (redundant) continue;
    kept.push(candidate);
    for (const part of candidate.matches) {
      for (let block = Math.floor(part.range[0] / BLOCK); block <= Math.floor((part.range[1] - 1) / BLOCK); block++) {
        let list = buckets.get(block);
        if (!list) buckets.set(block, (list = []));
        list.push(part.range);
      }
    }
  }
  return kept.sort((a, b) => a.range[0] - b.range[0]);
}
