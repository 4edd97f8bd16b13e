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
