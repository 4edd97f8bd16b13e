/**
 * Every built-in detector runs in linear time: for each detector, adversarial input built from its
 * own keywords and example shapes (test/engine/adversarial.ts) is scanned at n and 4n bytes in the
 * same run, interleaved, and the CPU-time growth ratio must stay ≤ 6 (linear is 4; quadratic is 16;
 * the catastrophic patterns this replaced grew by thousands). No absolute time is asserted: when
 * both sizes cost less than a noise floor the size is multiplied by 4 and measured again, and a
 * detector still below the floor at the largest size has shown no growth worth measuring.
 * Hang guard: the node:test timeout (a catastrophic regex cannot be interrupted in-process).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_DETECTORS, Scanner, type Detector } from '../../server/src/engine/index.js';
import { SHAPE_FAMILIES, adversarial, composeExcerpt, pathFor } from './adversarial.js';
import { MAX_GROWTH, growthOf, type Growth } from './growth.js';

const BASE_SIZE = 4 * 1024;
const MAX_SIZE = 64 * 1024;
const HANG_GUARD_MS = 10 * 60_000;

function scannerFor(detector: Detector): (text: string) => void {
  const scanner = new Scanner([detector], { lowValueOptIn: 'all', timeBudgetMs: HANG_GUARD_MS });
  const path = pathFor(detector);
  return (text) => {
    const result = scanner.scan({ text, path });
    assert.notEqual(result.skipped?.reason, 'time-limit', detector.id);
  };
}

describe('every built-in detector is linear on adversarial input', () => {
  for (const family of SHAPE_FAMILIES) {
    it(`${family}: growth ≤ ${MAX_GROWTH}× from n to 4n bytes`, { timeout: HANG_GUARD_MS }, () => {
      const failures: string[] = [];
      const measured: { id: string; growth: Growth }[] = [];
      for (const detector of ALL_DETECTORS) {
        const growth = growthOf(scannerFor(detector), (size) => adversarial(detector, family, size), BASE_SIZE, MAX_SIZE);
        measured.push({ id: detector.id, growth });
        if (growth.ratio !== undefined && growth.ratio > MAX_GROWTH) {
          failures.push(
            `${detector.id}: ${growth.ratio.toFixed(1)}× (${growth.small.toFixed(1)} → ${growth.large.toFixed(1)} ms CPU at ${growth.size} → ${4 * growth.size} B)`,
          );
        }
      }
      const top = measured
        .filter((m) => m.growth.ratio !== undefined)
        .sort((a, b) => b.growth.ratio! - a.growth.ratio!)
        .slice(0, 5);
      console.log(
        `${family}: ${measured.filter((m) => m.growth.ratio === undefined).length} detectors below the noise floor at ${4 * MAX_SIZE} B; highest growth: ${top.map((m) => `${m.id}=${m.growth.ratio!.toFixed(1)}×`).join(', ')}`,
      );
      assert.equal(measured.length, ALL_DETECTORS.length);
      assert.deepEqual(failures, []);
    });
  }

  it(
    'the tiny docker-compose excerpt (postgres service, psql -U healthcheck) grows linearly with all detectors',
    { timeout: HANG_GUARD_MS },
    () => {
      const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all', timeBudgetMs: HANG_GUARD_MS });
      const scan = (text: string) => {
        assert.equal(scanner.scan({ text, path: 'docker-compose.yml' }).skipped, undefined);
      };
      const tiny = composeExcerpt(1);
      assert.ok(tiny.length < 400, `${tiny.length} bytes`);
      // From the excerpt itself (scale 1) up: 4× wider indentation and more services per step, until
      // the time is measurable. Before the yamlNested fix, scale 4 alone took longer than any guard.
      const growth = growthOf(scan, composeExcerpt, 1, 64);
      console.log(
        `compose: ${composeExcerpt(growth.size).length} → ${composeExcerpt(4 * growth.size).length} B: ${growth.small.toFixed(1)} → ${growth.large.toFixed(1)} ms CPU`,
      );
      if (growth.ratio !== undefined)
        assert.ok(growth.ratio <= MAX_GROWTH, `compose grew ${growth.ratio.toFixed(1)}× (per 4× bytes) from scale ${growth.size}`);
    },
  );
});
