/**
 * Document-scoped detectors whose every match holds a keyword run on windows around keyword hits
 * (server/src/engine/pattern-reach.ts). These tests prove the windows change nothing: each such
 * detector, on documents built from its own examples (positives and negatives together, spread
 * through filler and repeated so that windows merge and split), finds exactly what the same
 * detector finds as a keyword-less one, which runs on the whole document.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_DETECTORS } from '../../server/src/engine/detectors/index.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { keywordAnchoredReach } from '../../server/src/engine/pattern-reach.js';
import { Scanner } from '../../server/src/engine/scanner.js';
import type { Detector, Finding } from '../../server/src/engine/types.js';

const anchored = ALL_DETECTORS.filter(
  (d) => d.keywordScope !== 'line' && d.keywords.length > 0 && keywordAnchoredReach(d.pattern, d.keywords),
);

function filler(lines: number, seed: number): string {
  return Array.from({ length: lines }, (_, i) => `const value${seed}_${i} = compute(${i}, "plain text ${(seed * 31 + i) % 97}");`).join(
    '\n',
  );
}

function comparable(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => [f.detectorId, f.range, f.fingerprint, f.matches.map((m) => [m.name, m.range])]);
}

test('the analysis proves most document-scoped detectors keyword-anchored, and only those', () => {
  assert.ok(anchored.length >= 150, `only ${anchored.length} detectors anchored`);
  assert.ok(keywordAnchoredReach(/(?<![A-Za-z0-9_])(?<secret>(?:pplx-)[A-Za-z0-9]{40,64})(?![A-Za-z0-9])/, ['pplx-']));
  assert.ok(keywordAnchoredReach(/(?<secret>[sS][kK]_[lL][iI][vV][eE]_[0-9a-z]{24})/, ['sk_live_']), 'case classes fold to literals');
  assert.equal(keywordAnchoredReach(/(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})/, ['telegram']), undefined, 'a context keyword elsewhere');
  assert.equal(keywordAnchoredReach(/(?<secret>ghp_[A-Za-z0-9]+)/, ['ghp_']), undefined, 'unbounded length');
  assert.equal(keywordAnchoredReach(/(?:tok_)?(?<secret>[a-f0-9]{32})/, ['tok_']), undefined, 'an optional keyword');
  assert.equal(keywordAnchoredReach(/(?<=key.*)(?<secret>kk_[a-f0-9]{32})/, ['kk_']), undefined, 'an unbounded lookbehind');
  const reach = keywordAnchoredReach(/(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9]{20,32}[0-9A-Fa-f]{8})(?![A-Za-z0-9])/, ['ATBB']);
  assert.deepEqual(reach, { maxLength: 44, margin: 3 });
});

test('every keyword-anchored detector finds on windows exactly what it finds on the whole document', () => {
  let compared = 0;
  for (const detector of anchored) {
    const examples = examplesOf(detector);
    const parsed = [...examples.positive, ...examples.negative].map(parseExample);
    if (parsed.length === 0) continue;
    const path = parsed.find((p) => p.path)?.path ?? 'config/settings.txt';
    // Examples close together (windows merge), far apart (windows split), at both ends of the text.
    const parts = parsed.flatMap((p, i) => [p.text, filler(i % 3 === 0 ? 1 : 40, i)]);
    const text = [...parts, ...parsed.map((p) => p.text)].join('\n');
    const unanchored: Detector = { ...detector, keywords: [] };
    const options = { capPerDetector: 1000 };
    const windowed = new Scanner([detector], options).scan({ text, path }, undefined, { ignorePathFilters: true });
    const whole = new Scanner([unanchored], options).scan({ text, path }, undefined, { ignorePathFilters: true });
    assert.deepEqual(comparable(windowed.findings), comparable(whole.findings), detector.id);
    if (whole.findings.length > 0) compared++;
  }
  assert.ok(compared >= 100, `only ${compared} detectors had findings to compare`);
});
