/**
 * The marketplace-ready .vsix (issue 11 item 8): `node esbuild.mjs --production --vsix` run on a fresh
 * copy of the sources (the worktree's dist/ is never rewritten under the other test files), with vsce's
 * own checks on (its secret scan, the license, the repository, no --allow-* flags), then the archive
 * read back with unzip: what ships, what never ships, the icon, the marketplace README.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { EXAMPLES_BY_ID } from '../../server/src/engine/detectors/examples.js';
import { tempTree } from '../helpers.js';
import { ROOT, freshCopy, mustRun } from './package.js';

let unpacked = '';
let entries: string[] = [];

const entry = (name: string): Buffer => readFileSync(join(unpacked, name));
const text = (name: string) => entry(name).toString('utf8');

describe('the .vsix (marketplace-ready)', { timeout: 600_000 }, () => {
  before(() => {
    const source = freshCopy();
    mustRun(process.execPath, ['esbuild.mjs', '--production', '--vsix'], source);
    const vsix = join(source, 'leakproof.vsix');
    entries = mustRun('unzip', ['-Z1', vsix], source).split('\n').filter(Boolean);
    unpacked = tempTree();
    mustRun('unzip', ['-q', vsix, '-d', unpacked], source);
  });

  it('is packaged with vsce checks on: no --allow-* or --skip-license flag in the packaging command', () => {
    const script = readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8');
    const args = /function packageVsix[\s\S]*?const args = (\[[^\]]*\])/.exec(script)?.[1] ?? '';
    assert.ok(args.includes("'package'"), `vsce's arguments in esbuild.mjs: ${args}`);
    assert.doesNotMatch(args, /--allow-|--skip-license/);
  });

  it('holds the runtime, the icon, LICENSE, CHANGELOG and README', () => {
    for (const name of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
      'extension/docs/images/icon.png',
      'extension/docs/images/squiggle-hover.png',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/dist/cli-main.js',
      'extension/server/schema/leakproof.schema.json',
      'extension/docs/detectors.md',
      'extension/docs/walkthrough/try.md',
    ]) {
      assert.ok(entries.includes(name), `${name} is in the .vsix:\n${entries.join('\n')}`);
    }
    assert.match(text('extension/LICENSE.txt'), /^MIT License/);
    assert.match(text('extension/changelog.md'), /^# Changelog\n[\s\S]*## \[0\.1\.0\]/);
  });

  it('ships no sources, maps, tests, test data, caches or dependencies', () => {
    const unwanted = entries.filter(
      (name) =>
        /\.(map|ts|tsx|tgz|vsix)$/.test(name) ||
        /(^|\/)(test|tests|fixtures|corpus|node_modules|\.cache|\.tmp|\.git|src)\//.test(name) ||
        /\.env$|\.svg$/.test(name),
    );
    assert.deepEqual(unwanted, []);
    for (const bundle of entries.filter((name) => name.endsWith('.js'))) {
      assert.doesNotMatch(text(bundle), /sourceMappingURL/, `${bundle} points at a source map`);
    }
  });

  it("holds none of the detectors' example secrets (test data stays out of the runtime)", () => {
    const secrets = new Set<string>();
    for (const { positive } of EXAMPLES_BY_ID.values()) {
      for (const example of positive) {
        const exampleText = typeof example === 'string' ? example : example.text;
        for (const match of exampleText.matchAll(/«([^»]+)»/g)) if (match[1]!.length >= 16) secrets.add(match[1]!);
      }
    }
    assert.ok(secrets.size > 100, `example secrets collected: ${secrets.size}`);
    const shipped = entries.filter((name) => !name.endsWith('.png')).map((name) => text(name));
    const found = [...secrets].filter((secret) => shipped.some((content) => content.includes(secret)));
    assert.deepEqual(
      found.map((secret) => `${secret.slice(0, 6)}…`),
      [],
      'example secrets in the .vsix',
    );
  });

  it('has a 128×128 PNG icon, a gallery banner and the repository in its manifest', () => {
    const icon = entry('extension/docs/images/icon.png');
    assert.deepEqual([...icon.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(icon.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    const manifest = text('extension.vsixmanifest');
    assert.match(manifest, /<Icon>extension\/docs\/images\/icon\.png<\/Icon>/);
    assert.match(manifest, /<License>extension\/LICENSE\.txt<\/License>/);
    assert.match(manifest, /Branding\.Color" Value="#[0-9a-f]{6}"/i);
    assert.match(manifest, /Links\.Source" Value="https:\/\/github\.com\//);
  });

  it('has the marketplace README: the extension page, its screenshot by URL and a row for every setting', () => {
    const readme = text('extension/readme.md');
    assert.match(readme, /^# Leakproof for VS Code\n/);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(images.length >= 1, 'a screenshot');
    for (const image of images) {
      assert.match(image, /^https:\/\/.*\.png$/, 'the marketplace shows https PNG images only');
      const local = image.replace(/^https:\/\/github\.com\/[^/]+\/[^/]+\/raw\/HEAD\//, 'extension/');
      assert.ok(entries.includes(local), `${image} is the packaged ${local}`);
    }
    const manifest = JSON.parse(text('extension/package.json')) as {
      contributes: { configuration: { properties: Record<string, unknown> }; commands: { title: string }[] };
    };
    const settings = Object.keys(manifest.contributes.configuration.properties);
    const documented = [...readme.matchAll(/^\| `(leakproof\.[\w.]+)` \|/gm)].map((match) => match[1]!);
    assert.deepEqual([...documented].sort(), [...settings].sort(), 'the settings table lists every setting, and only those');
    for (const { title } of manifest.contributes.commands) assert.ok(readme.includes(`Leakproof: ${title}`), `command ${title}`);
  });
});
