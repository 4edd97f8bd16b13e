/**
 * The example tables of every converted provider, by detector id: test data for test/detectors,
 * the docs generator and the samples. NOT imported by detectors/index.ts or any runtime module
 * (test/detectors/bundle.test.ts checks the bundles), so examples and engine/fake.ts stay out of them.
 *
 * Register every `<family>/<provider>.examples.ts` here (test/engine/registry.test.ts checks the list
 * against the files on disk).
 */
import type { Detector, DetectorExamples, ExampleTable } from '../types.js';
import { examples as github } from './code-hosting/github.examples.js';
import { examples as generic } from './generic/generic.examples.js';
import { examples as slack } from './chat/slack.examples.js';

/** Every registered example table (one per provider file). */
export const EXAMPLE_TABLES: readonly ExampleTable[] = [generic, github, slack];

export const EXAMPLES_BY_ID: ReadonlyMap<string, DetectorExamples> = new Map(EXAMPLE_TABLES.flatMap((table) => Object.entries(table)));

const NONE: DetectorExamples = { positive: [], negative: [] };

/** A detector's examples: from its examples file, or (theme files not yet converted) from the detector itself. */
export function examplesOf(detector: Detector): DetectorExamples {
  return EXAMPLES_BY_ID.get(detector.id) ?? detector.examples ?? NONE;
}
