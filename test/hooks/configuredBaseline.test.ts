/**
 * `"baseline": "path"` in .leakproof.json (issue 11 item 6): "adopt and block only new secrets"
 * works as the hook's own message promises — `leakproof baseline create` records the existing
 * secrets and names the file in the configuration; the hook, `scan`, and `scan --history` then
 * accept those and block a new one. Real repositories, the built CLI, real `git commit` with hooks.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commitFiles, commitWithHooks, git, leakproof, makeRepo, parseReport, staged, token, write } from './gitHelpers.js';

const OLD = token('configured-baseline-old');
const NEW = token('configured-baseline-new');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A repository with a secret committed before the tool was adopted, then adopted the way the hook says. */
function adoptedRepo(): string {
  const repo = makeRepo();
  commitFiles(repo, { 'src/legacy.ts': `export const token = "${OLD}";\n` }, 'old code with a secret');
  const created = leakproof(repo, ['baseline', 'create']);
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stderr, /"baseline": "\.leakproof-baseline\.json"/);
  assert.ok(!created.stderr.includes(OLD));
  return repo;
}

describe('a baseline named in .leakproof.json', () => {
  it('baseline create names the file in the configuration, with paths relative to it', () => {
    const repo = adoptedRepo();
    const config = readJson<{ salt: string; baseline: string }>(join(repo, '.leakproof.json'));
    assert.equal(config.baseline, '.leakproof-baseline.json');
    assert.match(config.salt, /^[0-9a-f]{32,}$/);
    const baseline = readJson<{ entries: { path: string; fingerprint: string }[] }>(join(repo, '.leakproof-baseline.json'));
    assert.deepEqual(
      baseline.entries.map((e) => e.path),
      ['src/legacy.ts'],
    );
    // Run again from a subfolder: the configured file is rewritten in place, paths stay root-relative.
    const again = leakproof(join(repo, 'src'), ['baseline', 'update']);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(
      readJson<{ entries: { path: string }[] }>(join(repo, '.leakproof-baseline.json')).entries.map((e) => e.path),
      ['src/legacy.ts'],
    );
    assert.doesNotMatch(again.stderr, /now names it/, 'a configuration that names a baseline is left alone');
  });

  it('the pre-commit hook lets a commit touching the baselined secret through and blocks a new one', () => {
    const repo = adoptedRepo();
    const install = leakproof(repo, ['install-hook', 'pre-commit']);
    assert.equal(install.status, 0, install.stderr);
    git(repo, 'add', '-A');
    const adopt = commitWithHooks(repo, ['-m', 'adopt leakproof with a baseline']);
    assert.equal(adopt.status, 0, adopt.stderr);

    // The old secret moves to another line (a staged change that re-adds it): still accepted.
    write(repo, { 'src/legacy.ts': `// a comment above\nexport const token = "${OLD}";\n` });
    git(repo, 'add', '-A');
    const edit = commitWithHooks(repo, ['-m', 'edit the old file']);
    assert.equal(edit.status, 0, edit.stderr);

    write(repo, { 'src/fresh.ts': `export const other = "${NEW}";\n` });
    git(repo, 'add', '-A');
    const blocked = commitWithHooks(repo, ['-m', 'a new secret']);
    assert.notEqual(blocked.status, 0, 'a new secret is blocked');
    assert.match(blocked.stderr, /src\/fresh\.ts/);
    assert.doesNotMatch(blocked.stderr, /src\/legacy\.ts:\d/, 'the baselined secret is not listed');
    assert.ok(!blocked.stderr.includes(NEW) && !blocked.stderr.includes(OLD), 'never a full secret');
  });

  it('the same secret in another file is not covered (entries are per path)', () => {
    const repo = adoptedRepo();
    write(repo, { 'src/copy.ts': `export const token = "${OLD}";\n` });
    git(repo, 'add', '-A');
    const result = staged(repo);
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(
      result.report.findings.map((f) => f.path),
      ['src/copy.ts'],
    );
  });

  it('scan, scan --history and scan --staged count baselined findings without failing', () => {
    const repo = adoptedRepo();
    const tree = leakproof(repo, ['scan', '.', '--format', 'json']);
    assert.equal(tree.status, 0, tree.stderr);
    const report = parseReport(tree);
    assert.equal(report.findings.length, 0);
    assert.equal(report.stats.baselined, 1);

    const history = leakproof(repo, ['scan', '--history', '--format', 'json']);
    assert.equal(history.status, 0, history.stderr);
    assert.equal(parseReport(history).stats.baselined, 1);

    write(repo, { 'src/legacy.ts': `export const token = "${OLD}"; // touched\n` });
    git(repo, 'add', '-A');
    const index = staged(repo);
    assert.equal(index.status, 0, index.stderr);
    assert.equal(index.report.stats.baselined, 1);
  });

  it('a missing baseline file is said once and baselines nothing; a mangled one is a configuration error (exit 2)', () => {
    const repo = makeRepo();
    write(repo, {
      'src/legacy.ts': `export const token = "${OLD}";\n`,
      '.leakproof.json': '{\n  "baseline": "ci/known.json"\n}\n',
    });
    const missing = leakproof(repo, ['scan', '.', '--no-color']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /the baseline ci\/known\.json named in \.leakproof\.json does not exist/);

    write(repo, { 'ci/known.json': `{"version": 2, "entries": [ ${OLD}` });
    const mangled = leakproof(repo, ['scan', '.', '--no-color']);
    assert.equal(mangled.status, 2);
    assert.match(mangled.stderr, /invalid configuration .*\.leakproof\.json:2:15: ci\/known\.json is not valid JSON/);
    assert.ok(!mangled.stderr.includes(OLD), 'the mangled baseline text is never quoted');
  });

  it('a baseline path is relative to the configuration file, not to where the command runs', () => {
    const repo = adoptedRepo();
    writeFileSync(join(repo, 'src', 'another.ts'), 'export const nothing = 1;\n');
    const fromSub = leakproof(join(repo, 'src'), ['scan', '.', '--format', 'json']);
    assert.equal(fromSub.status, 0, fromSub.stderr);
    assert.equal(parseReport(fromSub).stats.baselined, 1);
  });
});
