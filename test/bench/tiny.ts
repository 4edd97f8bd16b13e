/**
 * The worst tiny input of issue 10: the 373-byte docker-compose excerpt (a postgres service with an
 * empty password and a `psql -U` healthcheck) that once took ~1 s, doubling with size. Scanned in
 * process with every built-in detector: the median CPU time of the excerpt itself, and the growth
 * ratio from n to 4n bytes at the smallest measurable size (test/engine/growth.ts), which must stay
 * linear (≤ 6×; the test in test/engine/linear.test.ts asserts it, this only reports it).
 */
import { ALL_DETECTORS } from '../../server/src/engine/detectors/index.js';
import { Scanner } from '../../server/src/engine/scanner.js';
import { composeExcerpt } from '../engine/adversarial.js';
import { cpuMs, growthOf, type Growth } from '../engine/growth.js';

export interface TinyFigures {
  readonly bytes: number;
  /** Median CPU ms of one scan of the excerpt, the scanner already loaded and warm. */
  readonly medianCpuMs: number;
  readonly growth: Growth;
}

export function runTinyBench(runs = 31): TinyFigures {
  const scanner = new Scanner(ALL_DETECTORS, { lowValueOptIn: 'all' });
  const scan = (text: string): void => {
    scanner.scan({ text, path: 'docker-compose.yml' });
  };
  const excerpt = composeExcerpt(1);
  scan(excerpt);
  const times = Array.from({ length: runs }, () => cpuMs(() => scan(excerpt))).sort((a, b) => a - b);
  const growth = growthOf(scan, composeExcerpt, 1, 64);
  return { bytes: excerpt.length, medianCpuMs: times[Math.floor(runs / 2)]!, growth };
}
