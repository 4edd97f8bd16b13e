/**
 * One table-driven test over every example of every detector (ARCHITECTURE.md): positives must be
 * reported by their own detector with exactly the marked highlight, negatives must not.
 * Filter while developing: LEAKPROOF_DETECTORS=aws.,gcp. npm run test:detectors
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS, Scanner } from '../../server/src/engine/index.js';
import { parseExample } from '../../server/src/engine/examples.js';

const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all' });
const filter = (process.env.LEAKPROOF_DETECTORS ?? '').split(',').filter(Boolean);
const selected = ALL_DETECTORS.filter((d) => filter.length === 0 || filter.some((prefix) => d.id.startsWith(prefix)));

function show(text: string, range: readonly [number, number]): string {
  return `${JSON.stringify(text.slice(range[0], range[1]))} at [${range[0]}, ${range[1]})`;
}

for (const detector of selected) {
  describe(detector.id, () => {
    detector.examples.positive.forEach((example, index) => {
      it(`positive #${index + 1}`, () => {
        const parsed = parseExample(example);
        assert.ok(parsed.expected, 'positive example must mark the highlight with «…»');
        const result = scanner.scan({ text: parsed.text, ...(parsed.path ? { path: parsed.path } : {}) });
        const own = result.findings.filter((f) => f.detectorId === detector.id);
        const others = result.findings.map((f) => `${f.detectorId} ${show(parsed.text, f.range)}`);
        assert.ok(own.length > 0, `not reported by ${detector.id}; expected ${show(parsed.text, parsed.expected)}; got: ${others.join('; ') || 'nothing'}`);
        assert.ok(
          own.some((f) => f.range[0] === parsed.expected![0] && f.range[1] === parsed.expected![1]),
          `wrong highlight: expected ${show(parsed.text, parsed.expected)}, got ${own.map((f) => show(parsed.text, f.range)).join('; ')}`,
        );
      });
    });
    detector.examples.negative.forEach((example, index) => {
      it(`negative #${index + 1}`, () => {
        const parsed = parseExample(example);
        const result = scanner.scan({ text: parsed.text, ...(parsed.path ? { path: parsed.path } : {}) });
        const own = result.findings.filter((f) => f.detectorId === detector.id);
        assert.equal(own.length, 0, `unexpected ${detector.id} finding: ${own.map((f) => show(parsed.text, f.range)).join('; ')}`);
      });
    });
  });
}
