/**
 * The walkthrough's scratch repository (client/src/scratchRepo.ts, issue 12 item 9): a real
 * repository is created with the hook of the built CLI and the sample staged, and the commit the
 * walkthrough types into a terminal is blocked — naming the specific and the generic finding,
 * never printing the secret.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCRATCH_SAMPLE, prepareScratchRepo } from '../../client/src/scratchRepo.js';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { tempTree } from '../helpers.js';
import { CLI, cleanEnv, git, gitRun } from './gitHelpers.js';

describe('walkthrough scratch repository', () => {
  it('installs the hook, stages the sample, and the commit it suggests is blocked', { timeout: 120_000 }, async () => {
    const parent = join(tempTree(), 'global-storage'); // does not exist yet: created on the way
    const env = cleanEnv();
    const repo = await prepareScratchRepo(parent, CLI, env);

    assert.ok(repo.dir.startsWith(parent), 'inside the folder it was given');
    assert.equal(git(repo.dir, 'rev-parse', '--show-toplevel'), repo.dir);
    assert.equal(git(repo.dir, 'diff', '--cached', '--name-only'), SCRATCH_SAMPLE, 'the sample is staged');
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    assert.ok(existsSync(hook), 'the pre-commit hook is installed in the scratch repository');
    assert.match(readFileSync(hook, 'utf8'), /leakproof-managed-hook/);

    // What the walkthrough's terminal runs, through a shell as a terminal would.
    const commit = spawnSync('sh', ['-c', repo.commitCommand], { cwd: repo.dir, encoding: 'utf8', env });
    assert.notEqual(commit.status, 0, `the commit is blocked:\n${commit.stdout}${commit.stderr}`);
    const output = `${commit.stdout}${commit.stderr}`;
    assert.match(output, new RegExp(SCRATCH_SAMPLE.replace('.', '\\.')));
    assert.match(output, /github\.pat-classic/, 'the specific finding (the GitHub token) is named');
    assert.match(output, /generic\.password/, 'the generic finding (the password) is named');
    assert.ok(!output.includes(fakeGithubToken('ghp_', 'walkthrough')), 'the token is never printed in full');
    assert.notEqual(gitRun(repo.dir, ['rev-parse', '--verify', '-q', 'HEAD']).status, 0, 'nothing was committed');
  });
});
