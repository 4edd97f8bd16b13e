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
  return (finding.detector.kind === 'specific' ? 1_000_000 : 0) + (finding.detector.precedence ?? 0) * 100_000 + finding.matches.length * 10_000 + Math.min(finding.value.length, 9_999);
}

export function dedupe(findings: readonly RawFinding[]): RawFinding[] {
  if (findings.length < 2) return [...findings];
  const ordered = [...findings].sort((a, b) => weight(b) - weight(a) || a.range[0] - b.range[0]);
  const kept: RawFinding[] = [];
  for (const candidate of ordered) {
    // A candidate is redundant when a stronger kept finding covers its secret with any of its parts.
    const redundant = kept.some((strong) => strong.matches.some((part) => overlaps(part.range, candidate.range)));
    if (!redundant) kept.push(candidate);
  }
  return kept.sort((a, b) => a.range[0] - b.range[0]);
}
