/** The registry: unique sorted ids, examples and guides for every detector, keywords that occur. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_DETECTORS } from '../../server/src/engine/index.js';
import { parseExample } from '../../server/src/engine/examples.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';

describe('detector registry', () => {
  it('has at least 150 specific detectors and unique, well-formed, sorted ids', () => {
    const ids = ALL_DETECTORS.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
    assert.deepEqual([...ids].sort(), ids);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z0-9-]+$/, id);
    assert.ok(ALL_DETECTORS.filter((d) => d.kind === 'specific').length >= 150, `${ALL_DETECTORS.length} detectors`);
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
        assert.ok(detector.keywords.some((k) => lower.includes(k.toLowerCase())), `no keyword of ${JSON.stringify(detector.keywords)} in positive ${JSON.stringify(text.slice(0, 80))}`);
      }
    });
  }
});
