/** The registry: unique sorted ids, examples and guides for every detector, keywords that occur. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS } from '../../server/src/engine/index.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_TABLES, examplesOf } from '../../server/src/engine/detectors/examples.js';

const DETECTORS_DIR = join(__dirname, '../../server/src/engine/detectors');
/** Family folders hold provider files; kit/ is the kit itself. */
const FAMILIES = readdirSync(DETECTORS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'kit')
  .map((e) => e.name);
const providerFiles = FAMILIES.flatMap((family) =>
  readdirSync(join(DETECTORS_DIR, family))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.examples.ts'))
    .map((f) => `${family}/${f.slice(0, -3)}`),
);

describe('detector registry', () => {
  it('has at least 150 specific detectors and unique, well-formed, sorted ids', () => {
    const ids = ALL_DETECTORS.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
    assert.deepEqual([...ids].sort(), ids);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z0-9-]+$/, id);
    assert.ok(ALL_DETECTORS.filter((d) => d.kind === 'specific').length >= 150, `${ALL_DETECTORS.length} detectors`);
  });

  it('registers every provider file in detectors/index.ts and every examples file in detectors/examples.ts', () => {
    const index = readFileSync(join(DETECTORS_DIR, 'index.ts'), 'utf8');
    const examples = readFileSync(join(DETECTORS_DIR, 'examples.ts'), 'utf8');
    assert.ok(providerFiles.length >= 40, `${providerFiles.length} provider files`);
    for (const file of providerFiles) {
      assert.ok(index.includes(`from './${file}.js'`), `${file}.ts is not registered in detectors/index.ts`);
      assert.ok(
        examples.includes(`from './${file}.examples.js'`),
        `${file}.examples.ts is missing or not registered in detectors/examples.ts`,
      );
    }
  });

  it('names the provider file after the id: every detector of <family>/<provider>.ts is `<provider>.…`', async () => {
    for (const file of providerFiles) {
      const { detectors } = (await import(join(DETECTORS_DIR, `${file}.ts`))) as { detectors: readonly { id: string }[] };
      const provider = file.split('/')[1]!;
      assert.ok(detectors.length > 0, `${file} exports no detectors`);
      for (const { id } of detectors) assert.equal(id.split('.')[0], provider, `${id} lives in ${file}.ts`);
    }
  });

  it('every examples entry names an existing detector, and runtime detectors carry no examples', () => {
    const ids = new Set(ALL_DETECTORS.map((d) => d.id));
    for (const table of EXAMPLE_TABLES) for (const id of Object.keys(table)) assert.ok(ids.has(id), `examples for unknown detector ${id}`);
    for (const detector of ALL_DETECTORS) assert.ok(!('examples' in detector), `${detector.id} has examples in the runtime detector`);
  });

  for (const detector of ALL_DETECTORS) {
    it(`${detector.id}: examples, guide and keywords`, () => {
      assert.ok(examplesOf(detector).positive.length >= 1, 'needs a positive example');
      assert.ok(examplesOf(detector).negative.length >= 1, 'needs a negative example');
      assert.ok(detector.title.length > 0);
      assert.ok(detector.guide.grants.length > 20, 'guide.grants says what it grants');
      assert.ok(detector.guide.revoke.length > 20, 'guide.revoke says how to revoke it');
      if (detector.guide.url) assert.match(detector.guide.url, /^https:\/\//);
      assert.ok(detector.keywords.length > 0 || detector.paths !== undefined, 'every built-in detector is gated by keywords or file paths');
      for (const keyword of detector.keywords) assert.match(keyword, /^[\x20-\x7e]+$/, 'keywords are ASCII');
      for (const example of examplesOf(detector).positive) {
        if (detector.keywords.length === 0) break;
        const { text } = parseExample(example);
        const lower = text.toLowerCase();
        assert.ok(
          detector.keywords.some((k) => lower.includes(k.toLowerCase())),
          `no keyword of ${JSON.stringify(detector.keywords)} in positive ${JSON.stringify(text.slice(0, 80))}`,
        );
      }
    });
  }
});
