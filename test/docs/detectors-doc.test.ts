/**
 * docs/detectors.md is generated from the registry (npm run docs) and shipped in the extension:
 * it must be up to date, and every detector must have exactly one anchor the hover can link to.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ALL_DETECTORS } from '../../server/src/engine/index.js';
import { detectorAnchor } from '../../server/src/protocol.js';
import { DETECTOR_DOCS_PATH, escapeMarkdown, renderDetectorDocs } from '../tools/generate-docs.js';

describe('docs/detectors.md', () => {
  const onDisk = readFileSync(DETECTOR_DOCS_PATH, 'utf8');

  it('is up to date with the registry (run `npm run docs` after changing a detector)', () => {
    const fresh = renderDetectorDocs();
    if (fresh === onDisk) return;
    const a = fresh.split('\n');
    const b = onDisk.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    assert.fail(
      `docs/detectors.md is stale: first difference at line ${line + 1}\n  expected: ${a[line]}\n  on disk:  ${b[line]}\nRun \`npm run docs\`.`,
    );
  });

  it('has one anchor per detector, and no two detector ids share an anchor', () => {
    const anchors = [...onDisk.matchAll(/^<a id="([^"]+)"><\/a>$/gm)].map((m) => m[1]);
    for (const detector of ALL_DETECTORS) assert.ok(anchors.includes(detectorAnchor(detector.id)), `no anchor for ${detector.id}`);
    const owner = new Map<string, string>();
    for (const { id } of ALL_DETECTORS) {
      const anchor = detectorAnchor(id);
      assert.ok(owner.get(anchor) === undefined || owner.get(anchor) === id, `${id} and ${owner.get(anchor)} share the anchor #${anchor}`);
      owner.set(anchor, id);
    }
  });

  it('gives every detector its id, kind, grants, revoke, storage advice and keywords', () => {
    const sections = onDisk.split(/^<a id="/m).slice(1);
    for (const section of sections) {
      for (const field of [
        '**Id:**',
        '**Kind:**',
        '**What it grants:**',
        '**How to revoke it:**',
        '**How to store it safely:**',
        '**Keywords:**',
      ]) {
        assert.ok(section.includes(field), `${section.slice(0, 40)}… lacks ${field}`);
      }
    }
    const github = sections.find((s) => s.startsWith('github-pat-classic"'));
    assert.ok(github?.includes('<https://github.com/settings/tokens>'), 'the provider URL is linked');
  });

  it('escapes Markdown in prose but not in code spans', () => {
    assert.equal(
      escapeMarkdown('rotate `conjur host rotate-api-key -i <host>` or <user>'),
      'rotate `conjur host rotate-api-key -i <host>` or \\<user\\>',
    );
    assert.equal(escapeMarkdown('the *master* key, [link]'), 'the \\*master\\* key, \\[link\\]');
  });
});
