/**
 * Examples are test data (issue 13): no `*.examples.ts`, no kit/examples.ts and no engine/fake.ts may
 * reach the runtime bundles. Builds the CLI and the language server
 * with esbuild's metafile (in memory, the same options as esbuild.mjs) and reads the module graph.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';

const ENTRIES = ['server/src/cli/main.ts', 'server/src/server.ts'];
const FAKE = 'server/src/engine/fake.ts';

async function inputs(entry: string): Promise<esbuild.Metafile['inputs']> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile.inputs;
}

describe('runtime bundles hold no test data', () => {
  for (const entry of ENTRIES) {
    it(`${entry}: no examples module and no fake.ts`, { timeout: 120_000 }, async () => {
      const graph = await inputs(entry);
      const files = Object.keys(graph);
      assert.ok(files.includes('server/src/engine/detectors/payments/stripe.ts'), 'the bundle holds the converted provider files');
      assert.deepEqual(
        files.filter((f) => /\.examples\.ts$/.test(f) || f.endsWith('detectors/kit/examples.ts') || f.endsWith('detectors/examples.ts')),
        [],
      );
      const fakeImporters = files.filter((f) => graph[f]!.imports.some((i) => i.path === FAKE));
      assert.deepEqual(fakeImporters, [], `fake.ts imported by ${fakeImporters.join(', ')}`);
      assert.ok(!files.includes(FAKE), 'fake.ts is not in the bundle');
    });
  }
});
